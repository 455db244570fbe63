/**
 * Aggregates the search index follows. Every write bumps `version` and `updatedAt`; the indexing
 * worker acknowledges each version it indexed in the IndexLedger, and the sweeper compares recent
 * writes with those acknowledgements to re-enqueue what a crash left behind. Nothing is written
 * back on the entity: on FerretDB 1.x (SQLite) every write scans its whole collection, so one
 * bookkeeping write per indexed entity would not scale.
 */
export interface VersionedRepository<T> {
  /** Unscoped read for workers, which act on behalf of the system. */
  findById(id: string): Promise<T | null>;
  /** Entities written in [since, until), oldest write first. */
  listWrittenBetween(
    since: Date,
    until: Date,
    limit: number,
  ): Promise<{ id: string; version: number; updatedAt: Date }[]>;
  /** Every entity, in batches, to rebuild an index from the database: one pass over the collection. */
  forEachBatch(size: number, handle: (entities: T[]) => Promise<void>): Promise<void>;
}
