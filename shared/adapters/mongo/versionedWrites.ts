import { Types, type Model } from 'mongoose';
import { afterCursor, toObjectIdOrNull } from './cursorFilter';

interface Versioned {
  _id: Types.ObjectId;
  version: number;
  indexedVersion: number;
  indexPending: boolean;
  updatedAt: Date;
}

/** What every write of a versioned aggregate adds to its update (see ports/VersionedRepository). */
export function bumpVersion(now: Date): { $inc: { version: 1 }; $set: { indexPending: true; updatedAt: Date } } {
  return { $inc: { version: 1 }, $set: { indexPending: true, updatedAt: now } };
}

export function initialVersion(now: Date) {
  return { version: 1, indexedVersion: 0, indexPending: true, createdAt: now, updatedAt: now };
}

export function importKey(organizationId: string, externalRef: string | null): { importKey?: string } {
  return externalRef === null ? {} : { importKey: `${organizationId}/${externalRef}` };
}

/** The version-tracking half of VersionedRepository, the same for every aggregate. */
export class VersionTracking<D extends Versioned, T> {
  constructor(
    private readonly model: Model<D>,
    private readonly toEntity: (doc: D) => T,
  ) {}

  async markIndexed(id: string, version: number): Promise<void> {
    const _id = toObjectIdOrNull(id);
    if (!_id) return;
    // Pending stays set when a newer write came in meanwhile: its own job (or the sweeper) clears it.
    await this.model.updateOne({ _id, version }, { $set: { indexPending: false, indexedVersion: version } });
  }

  async listIndexPending(olderThan: Date, limit: number): Promise<{ id: string; version: number }[]> {
    const docs = await this.model
      .find({ indexPending: true, updatedAt: { $lt: olderThan } }, { _id: 1, version: 1 })
      .sort({ updatedAt: 1 })
      .limit(limit)
      .lean<{ _id: Types.ObjectId; version: number }[]>();
    return docs.map((doc) => ({ id: doc._id.toHexString(), version: doc.version }));
  }

  async listPage(page: { limit: number; after?: string }): Promise<T[]> {
    const docs = await this.model.find(afterCursor(page.after)).sort({ _id: 1 }).limit(page.limit).lean<D[]>();
    return docs.map(this.toEntity);
  }
}
