import { Schema, type Connection, type Model } from 'mongoose';
import { indexedEntities, type IndexedEntity } from '../../ports/IndexingQueue';
import { versionKey, type IndexLedger } from '../../ports/IndexLedger';
import { insertAllIfAbsent } from './insertAllIfAbsent';

interface AcknowledgementDocument {
  /** `entity/id/version`: acknowledging twice keeps one row. */
  _id: string;
  at: Date;
}

interface WatermarkDocument {
  _id: IndexedEntity;
  at: Date;
}

const acknowledgementSchema = new Schema<AcknowledgementDocument>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);
// Serves forgetBefore.
acknowledgementSchema.index({ at: 1 });

const watermarkSchema = new Schema<WatermarkDocument>(
  { _id: { type: String, enum: indexedEntities, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/** Inserts and batched reads only on the hot path: one insert per indexed version (see VersionedRepository). */
export class MongoIndexLedger implements IndexLedger {
  private readonly acknowledgements: Model<AcknowledgementDocument>;
  private readonly watermarks: Model<WatermarkDocument>;

  constructor(connection: Connection) {
    this.acknowledgements = connection.model<AcknowledgementDocument>(
      'IndexAcknowledgement',
      acknowledgementSchema,
      'indexAcknowledgements',
    );
    this.watermarks = connection.model<WatermarkDocument>('IndexWatermark', watermarkSchema, 'indexWatermarks');
  }

  async ensureIndexes(): Promise<void> {
    await this.acknowledgements.createIndexes();
  }

  /** One unordered insert for the batch; the versions already acknowledged are left as they are. */
  async acknowledgeAll(
    entity: IndexedEntity,
    versions: readonly { id: string; version: number }[],
    at: Date,
  ): Promise<void> {
    await insertAllIfAbsent(
      this.acknowledgements,
      versions.map(({ id, version }) => ({ _id: `${entity}/${versionKey(id, version)}`, at })),
    );
  }

  async acknowledged(entity: IndexedEntity, versions: { id: string; version: number }[]): Promise<Set<string>> {
    if (versions.length === 0) return new Set();
    const prefix = `${entity}/`;
    const docs = await this.acknowledgements
      .find({ _id: { $in: versions.map(({ id, version }) => prefix + versionKey(id, version)) } }, { _id: 1 })
      .lean<{ _id: string }[]>();
    return new Set(docs.map((doc) => doc._id.slice(prefix.length)));
  }

  async watermark(entity: IndexedEntity): Promise<Date | null> {
    const doc = await this.watermarks.findById(entity).lean<WatermarkDocument>();
    return doc?.at ?? null;
  }

  async setWatermark(entity: IndexedEntity, at: Date): Promise<void> {
    await this.watermarks.updateOne({ _id: entity }, { $set: { at } }, { upsert: true });
  }

  async forgetBefore(at: Date): Promise<void> {
    await this.acknowledgements.deleteMany({ at: { $lt: at } });
  }
}
