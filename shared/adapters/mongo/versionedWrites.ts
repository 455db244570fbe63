import { Types, type Model } from 'mongoose';

interface Versioned {
  _id: Types.ObjectId;
  version: number;
  updatedAt: Date;
}

/** What every write of a versioned aggregate adds to its update (see ports/VersionedRepository). */
export function bumpVersion(now: Date): { $inc: { version: 1 }; $set: { updatedAt: Date } } {
  return { $inc: { version: 1 }, $set: { updatedAt: now } };
}

export function initialVersion(now: Date) {
  return { version: 1, createdAt: now, updatedAt: now };
}

export function importKey(organizationId: string, externalRef: string | null): { importKey?: string } {
  return externalRef === null ? {} : { importKey: `${organizationId}/${externalRef}` };
}

/** The read side of VersionedRepository, the same for every aggregate. */
export class VersionTracking<D extends Versioned, T> {
  constructor(
    private readonly model: Model<D>,
    private readonly toEntity: (doc: D) => T,
  ) {}

  async listWrittenBetween(
    since: Date,
    until: Date,
    limit: number,
  ): Promise<{ id: string; version: number; updatedAt: Date }[]> {
    const docs = await this.model
      .find({ updatedAt: { $gte: since, $lt: until } }, { _id: 1, version: 1, updatedAt: 1 })
      .sort({ updatedAt: 1 })
      .limit(limit)
      .lean<{ _id: Types.ObjectId; version: number; updatedAt: Date }[]>();
    return docs.map((doc) => ({ id: doc._id.toHexString(), version: doc.version, updatedAt: doc.updatedAt }));
  }

  /** One cursor over the collection: paging with `_id > last` would rescan it per page on FerretDB. */
  async forEachBatch(size: number, handle: (entities: T[]) => Promise<void>): Promise<void> {
    let batch: T[] = [];
    for await (const doc of this.model.find({}).lean<D[]>().cursor({ batchSize: size })) {
      batch.push(this.toEntity(doc));
      if (batch.length === size) {
        await handle(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await handle(batch);
  }
}
