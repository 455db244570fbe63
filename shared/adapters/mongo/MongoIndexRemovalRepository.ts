import { Schema, type Connection, type Model } from 'mongoose';
import { indexedEntities, type IndexedEntity } from '../../ports/IndexingQueue';
import type { IndexRemovalRepository } from '../../ports/IndexRemovalRepository';

interface IndexRemovalDocument {
  _id: string;
  entity: IndexedEntity;
  entityId: string;
  requestedAt: Date;
}

const indexRemovalSchema = new Schema<IndexRemovalDocument>(
  {
    // `entity/id`: recording the same removal twice keeps one row.
    _id: { type: String, required: true },
    entity: { type: String, enum: indexedEntities, required: true },
    entityId: { type: String, required: true },
    requestedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

// Serves listPending (the indexing sweeper), oldest first.
indexRemovalSchema.index({ requestedAt: 1 });

export class MongoIndexRemovalRepository implements IndexRemovalRepository {
  private readonly model: Model<IndexRemovalDocument>;

  constructor(connection: Connection) {
    this.model = connection.model<IndexRemovalDocument>('IndexRemoval', indexRemovalSchema, 'indexRemovals');
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async record(entity: IndexedEntity, id: string, now: Date): Promise<void> {
    await this.model.updateOne(
      { _id: `${entity}/${id}` },
      { $setOnInsert: { entity, entityId: id, requestedAt: now } },
      { upsert: true },
    );
  }

  async listPending(olderThan: Date, limit: number): Promise<{ entity: IndexedEntity; id: string }[]> {
    const docs = await this.model
      .find({ requestedAt: { $lt: olderThan } })
      .sort({ requestedAt: 1 })
      .limit(limit)
      .lean<IndexRemovalDocument[]>();
    return docs.map((doc) => ({ entity: doc.entity, id: doc.entityId }));
  }

  async clear(entity: IndexedEntity, id: string): Promise<void> {
    await this.model.deleteOne({ _id: `${entity}/${id}` });
  }
}
