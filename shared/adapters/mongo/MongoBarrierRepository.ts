import { Types, type Connection, type Model } from 'mongoose';
import type { Barrier, BarrierStatus } from '../../domain/candidates/barrier';
import type { BarrierRepository, NewBarrier } from '../../ports/BarrierRepository';
import { barrierModel, type BarrierDocument } from './barrierModel';
import { toObjectIdOrNull } from './cursorFilter';

function toBarrier(doc: BarrierDocument): Barrier {
  const { _id, organizationId, candidateId, createdBy, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    organizationId: organizationId.toHexString(),
    candidateId: candidateId.toHexString(),
    createdBy: createdBy.toHexString(),
  };
}

export class MongoBarrierRepository implements BarrierRepository {
  private readonly model: Model<BarrierDocument>;

  constructor(connection: Connection) {
    this.model = barrierModel(connection);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(barrier: NewBarrier, now: Date): Promise<Barrier> {
    const created = await this.model.create({
      ...barrier,
      organizationId: new Types.ObjectId(barrier.organizationId),
      candidateId: new Types.ObjectId(barrier.candidateId),
      createdBy: new Types.ObjectId(barrier.createdBy),
      createdAt: now,
      updatedAt: now,
    });
    return toBarrier(created.toObject());
  }

  async listForCandidate(organizationId: string, candidateId: string): Promise<Barrier[]> {
    const scope = this.scope(organizationId, candidateId);
    if (!scope) return [];
    const docs = await this.model.find(scope).sort({ _id: 1 }).lean<BarrierDocument[]>();
    return docs.map(toBarrier);
  }

  async update(
    organizationId: string,
    candidateId: string,
    barrierId: string,
    changes: { status?: BarrierStatus; notes?: string },
    now: Date,
  ): Promise<Barrier | null> {
    const scope = this.scope(organizationId, candidateId);
    const _id = toObjectIdOrNull(barrierId);
    if (!scope || !_id) return null;
    const doc = await this.model
      .findOneAndUpdate({ ...scope, _id }, { $set: { ...changes, updatedAt: now } }, { returnDocument: 'after' })
      .lean<BarrierDocument>();
    return doc ? toBarrier(doc) : null;
  }

  async delete(organizationId: string, candidateId: string, barrierId: string): Promise<boolean> {
    const scope = this.scope(organizationId, candidateId);
    const _id = toObjectIdOrNull(barrierId);
    if (!scope || !_id) return false;
    return (await this.model.deleteOne({ ...scope, _id })).deletedCount === 1;
  }

  async deleteForCandidate(organizationId: string, candidateId: string): Promise<number> {
    const scope = this.scope(organizationId, candidateId);
    if (!scope) return 0;
    return (await this.model.deleteMany(scope)).deletedCount;
  }

  private scope(organizationId: string, candidateId: string) {
    const organization = toObjectIdOrNull(organizationId);
    const candidate = toObjectIdOrNull(candidateId);
    return organization && candidate ? { organizationId: organization, candidateId: candidate } : null;
  }
}
