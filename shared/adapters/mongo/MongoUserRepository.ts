import { Types, type Connection, type Model } from 'mongoose';
import type { User, UserRole } from '../../domain/accounts/user';
import { ConflictError } from '../../domain/errors';
import type { NewUser, UserRepository } from '../../ports/UserRepository';
import { afterCursor, inOrganization } from './cursorFilter';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { userModel, type UserDocument } from './userModel';
import { findScoped } from './findScoped';

function toUser(doc: UserDocument): User {
  return {
    id: doc._id.toHexString(),
    organizationId: doc.organizationId.toHexString(),
    email: doc.email,
    displayName: doc.displayName,
    role: doc.role,
    passwordHash: doc.passwordHash,
    createdAt: doc.createdAt,
    deactivatedAt: doc.deactivatedAt ?? null,
  };
}

export class MongoUserRepository implements UserRepository {
  private readonly model: Model<UserDocument>;

  constructor(connection: Connection) {
    this.model = userModel(connection);
  }

  /** Creates the indexes declared on the schema (never drops any: that stays a deliberate migration). */
  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(user: NewUser, createdAt: Date): Promise<User> {
    try {
      const created = await this.model.create({
        ...user,
        organizationId: new Types.ObjectId(user.organizationId),
        createdAt,
      });
      return toUser(created.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ConflictError('Un compte existe déjà avec cette adresse e-mail.');
      throw error;
    }
  }

  async findByEmail(email: string): Promise<User | null> {
    const doc = await this.model.findOne({ email }).lean<UserDocument>();
    return doc ? toUser(doc) : null;
  }

  async findInOrganization(organizationId: string, userId: string): Promise<User | null> {
    const scope = inOrganization(organizationId, userId);
    if (!scope) return null;
    const doc = await findScoped<UserDocument>(this.model, scope);
    return doc ? toUser(doc) : null;
  }

  async listInOrganization(organizationId: string, page: { limit: number; after?: string }): Promise<User[]> {
    const docs = await this.model
      .find({ organizationId: new Types.ObjectId(organizationId), ...afterCursor(page.after) })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<UserDocument[]>();
    return docs.map(toUser);
  }

  async rememberDevice(userId: string, fingerprint: string): Promise<'first' | 'known' | 'new'> {
    if (!Types.ObjectId.isValid(userId)) return 'known';
    const before = await this.model
      .findOneAndUpdate(
        { _id: new Types.ObjectId(userId) },
        { $addToSet: { knownDevices: fingerprint } },
        // No projection: FerretDB 1.x does not implement one on findAndModify.
        { returnDocument: 'before' },
      )
      .lean<Pick<UserDocument, 'knownDevices'>>();
    const known = before?.knownDevices ?? [];
    if (known.length === 0) return 'first';
    return known.includes(fingerprint) ? 'known' : 'new';
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.model.updateOne({ _id: new Types.ObjectId(userId) }, { $set: { passwordHash } });
  }

  async setDeactivatedAt(organizationId: string, userId: string, deactivatedAt: Date | null): Promise<User | null> {
    const scope = inOrganization(organizationId, userId);
    if (!scope) return null;
    const doc = await this.model
      .findOneAndUpdate(scope, deactivatedAt ? { $set: { deactivatedAt } } : { $unset: { deactivatedAt: 1 } }, {
        returnDocument: 'after',
      })
      .lean<UserDocument>();
    return doc ? toUser(doc) : null;
  }

  async countWithRole(role: UserRole): Promise<number> {
    return this.model.countDocuments({ role });
  }
}
