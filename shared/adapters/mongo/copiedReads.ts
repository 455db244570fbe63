import { mongo, type Model, type Types } from 'mongoose';
import type { RecordCopies, RecordCopy } from '../../ports/RecordCopies';
import { findEachScoped, hasScope, type ScopeValue } from './findScoped';

interface Keyed {
  _id: Types.ObjectId | string;
}

interface Versioned extends Keyed {
  version: number;
}

/** A collection's copies beside the database (RecordCopies): their family, and what orders them. */
export interface CopyFamily<D extends Keyed> {
  copies: RecordCopies;
  name: string;
  /** Grows with every write of the document. */
  versionOf: (doc: D) => number;
}

/** The family of a collection whose documents carry a `version` (versionedWrites.ts). */
export function versionedFamily<D extends Versioned>(copies: RecordCopies, name: string): CopyFamily<D> {
  return { copies, name, versionOf: (doc) => doc.version };
}

/** The copy of a document as the database gave it (BSON keeps its ObjectIds and dates as they were). */
export function copyOf<D extends Keyed>(family: CopyFamily<D>, doc: D): RecordCopy {
  return { id: String(doc._id), version: family.versionOf(doc), body: Buffer.from(mongo.BSON.serialize(doc)) };
}

/** A document written before versions were kept has none to order its copies by: it is not copied. */
const copiesOf = <D extends Keyed>(family: CopyFamily<D>, docs: readonly D[]) =>
  docs.filter((doc) => Number.isSafeInteger(family.versionOf(doc))).map((doc) => copyOf(family, doc));

/**
 * Keeps these copies if Redis takes them: a copy not kept is read from the database next time, so a
 * refusal (a Redis at its memory limit) must not fail the read or the write that offered it. An
 * announcement, which protects what is served, is never quiet.
 */
async function keepQuietly<D extends Keyed>(family: CopyFamily<D>, docs: readonly D[]): Promise<void> {
  try {
    await family.copies.keepAll(family.name, copiesOf(family, docs));
  } catch {
    // Nothing to undo: without the copy, readers read the database.
  }
}

/**
 * The documents of these ids that have these values, in the ids' order: from their copies beside
 * the database, the others read by key (findEachScoped) and their copies kept. The scope is checked
 * on each document, copied or read.
 */
export async function findEachThroughCopies<D extends Keyed>(
  model: Model<D>,
  family: CopyFamily<D>,
  ids: readonly (Types.ObjectId | string)[],
  scope: Record<string, ScopeValue> = {},
): Promise<D[]> {
  const keys = ids.map(String);
  const kept = await family.copies.getAll(family.name, keys);
  const read = await findEachScoped<D>(
    model,
    ids.filter((_, index) => !kept.has(keys[index]!)),
  );
  await keepQuietly(family, read);
  const found = new Map<string, D>(read.map((doc) => [String(doc._id), doc]));
  for (const [id, copy] of kept) found.set(id, mongo.BSON.deserialize(copy.body) as D);
  return keys.flatMap((key) => {
    const doc = found.get(key);
    return doc && hasScope(doc, scope) ? [doc] : [];
  });
}

/** Before these documents are written: the versions they are about to reach (RecordCopies' announcement). */
export function announceWrites<D extends Keyed>(
  family: CopyFamily<D>,
  versions: readonly { id: string; version: number }[],
): Promise<void> {
  return family.copies.announceAll(family.name, versions);
}

/** Before these documents are deleted: no copy of them is kept from then on. */
export function announceDeletions<D extends Keyed>(family: CopyFamily<D>, ids: readonly string[]): Promise<void> {
  return family.copies.announceDeletion(family.name, ids);
}

/** The hooks of a write by key (writeByKey.ts) that keep a versioned record's copy in step with its writes. */
export function copyHooks<D extends Versioned>(family: CopyFamily<D>) {
  return {
    writing: (before: D) => announceWrites(family, [{ id: String(before._id), version: before.version + 1 }]),
    written: (_before: D, after: D) => keepQuietly(family, [after]),
    deleting: (current: D) => announceDeletions(family, [String(current._id)]),
  };
}
