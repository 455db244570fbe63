import type { Connection, Model } from 'mongoose';
import type { RefreshTokenRecord } from '../../domain/accounts/session';
import type { RefreshTokenRepository } from '../../ports/RefreshTokenRepository';
import { refreshTokenModel } from './refreshTokenModel';

export class MongoRefreshTokenRepository implements RefreshTokenRepository {
  private readonly model: Model<RefreshTokenRecord>;

  constructor(connection: Connection) {
    this.model = refreshTokenModel(connection);
  }

  /** Creates the indexes declared on the schema (never drops any: that stays a deliberate migration). */
  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async insert(record: RefreshTokenRecord): Promise<void> {
    await this.model.create(record);
  }

  async findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    return this.model.findOne({ tokenHash }, { _id: 0 }).lean<RefreshTokenRecord>();
  }

  async markRotated(tokenHash: string, at: Date): Promise<boolean> {
    const result = await this.model.updateOne({ tokenHash, rotatedAt: null }, { $set: { rotatedAt: at } });
    return result.modifiedCount === 1;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.model.updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: at } });
  }

  async revokeAllForUser(userId: string, at: Date): Promise<void> {
    await this.model.updateMany({ userId, revokedAt: null }, { $set: { revokedAt: at } });
  }

  async deleteExpiredBefore(at: Date): Promise<number> {
    const result = await this.model.deleteMany({ expiresAt: { $lt: at } });
    return result.deletedCount;
  }
}
