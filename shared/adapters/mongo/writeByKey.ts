import type { Model, Types, UpdateQuery } from 'mongoose';
import type { RecordLocks } from '../../ports/RecordLocks';

/**
 * A conditional write as a read by key, a check in code and a write by key, under the record's
 * lock (RecordLocks): FerretDB's SQLite backend reads the whole collection for a write whose filter
 * is anything but exactly `{ _id }` (see findScoped.ts), so `findOneAndUpdate({ _id, organizationId,
 * status })` costs a scan there. The same answers on MongoDB. Every writer of these records must
 * come through here (or through another write under the same lock).
 */
const lockKey = (collection: string, _id: Types.ObjectId | string) => `${collection}:${String(_id)}`;

/** What runs under the lock beside a write: what is kept beside the document follows its writes in order. */
export interface WriteHooks<D> {
  /** Once the document is read and accepted, before it is written (RecordCopies' announcement). */
  writing?: (before: D) => Promise<void>;
  written?: (before: D, after: D) => Promise<void>;
}

/** The document after the update, or null when it is missing or `accept` refuses it. */
export async function updateByKey<D>(
  model: Model<D>,
  locks: RecordLocks,
  _id: Types.ObjectId | string,
  accept: (current: D) => boolean,
  update: UpdateQuery<D>,
  { writing, written }: WriteHooks<D> = {},
): Promise<D | null> {
  return locks.withLock(lockKey(model.collection.name, _id), async () => {
    const before = await model.findById(_id).lean<D>();
    if (!before || !accept(before)) return null;
    await writing?.(before);
    const after = await model.findByIdAndUpdate(_id, update, { returnDocument: 'after' }).lean<D>();
    if (after) await written?.(before, after);
    return after;
  });
}

/** Whether the document was there, accepted and deleted; the hooks run while the lock is held. */
export async function deleteByKey<D>(
  model: Model<D>,
  locks: RecordLocks,
  _id: Types.ObjectId | string,
  accept: (current: D) => boolean,
  { deleting, deleted }: { deleting?: (current: D) => Promise<void>; deleted?: (before: D) => Promise<void> } = {},
): Promise<boolean> {
  return locks.withLock(lockKey(model.collection.name, _id), async () => {
    const current = await model.findById(_id).lean<D>();
    if (!current || !accept(current)) return false;
    await deleting?.(current);
    if ((await model.deleteOne({ _id })).deletedCount !== 1) return false;
    await deleted?.(current);
    return true;
  });
}

/**
 * Deletes these documents by key, one statement per key and 500 statements per command: a deletion
 * by `$in` reads the whole collection on FerretDB's SQLite backend (an inbox a bulk import filled
 * with thousands of events waiting), and one command per key cost 3 ms each (bench:notify: 1,000
 * events marked handled in 3.0 s one by one, 0.55 s in two commands).
 */
export async function deleteEachByKey<D>(model: Model<D>, ids: readonly string[]): Promise<void> {
  for (let offset = 0; offset < ids.length; offset += 500) {
    const slice = ids.slice(offset, offset + 500);
    await model.bulkWrite(
      slice.map((_id) => ({ deleteOne: { filter: { _id } } })),
      { ordered: false },
    );
  }
}
