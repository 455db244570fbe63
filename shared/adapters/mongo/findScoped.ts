import type { Model, Types } from 'mongoose';

export type ScopeValue = Types.ObjectId | string | number | boolean;

const same = (stored: unknown, wanted: ScopeValue): boolean =>
  Array.isArray(stored) ? stored.some((item) => same(item, wanted)) : String(stored) === String(wanted);

/** Whether the document has these values (an array field: one of its elements), checked in code. */
export function hasScope(doc: unknown, scope: Record<string, ScopeValue>): boolean {
  const fields = doc as Record<string, unknown>;
  return Object.entries(scope).every(([field, value]) => same(fields[field], value));
}

/**
 * One document by its `_id`, if it also has these values (an array field: one of its elements).
 * FerretDB's SQLite backend pushes a filter down to SQLite only when it is exactly `{ _id }`: any
 * other field beside it and it reads the whole collection (internal/backends/sqlite/collection.go,
 * v1.24). So the scope is checked here, after the read by primary key: the same answer on
 * MongoDB, and one row read instead of all of them on the embedded default.
 */
export async function findScoped<D>(
  model: Model<D>,
  scope: { _id: Types.ObjectId | string } & Record<string, ScopeValue>,
): Promise<D | null> {
  const { _id, ...rest } = scope;
  const doc = await model.findById(_id).lean<D>();
  return doc && hasScope(doc, rest) ? doc : null;
}

/**
 * The documents of these ids that have these values, in the ids' order, read by key fifty at a
 * time: an `$in` filter reads the whole collection on the SQLite backend (see above).
 */
export async function findEachScoped<D>(
  model: Model<D>,
  ids: readonly (Types.ObjectId | string)[],
  scope: Record<string, ScopeValue> = {},
): Promise<D[]> {
  const found: D[] = [];
  for (let offset = 0; offset < ids.length; offset += 50) {
    const docs = await Promise.all(
      ids.slice(offset, offset + 50).map((_id) => findScoped<D>(model, { ...scope, _id })),
    );
    for (const doc of docs) if (doc) found.push(doc);
  }
  return found;
}
