/**
 * Aggregates the search index follows. Every write bumps `version` and marks the entity as
 * pending; the indexing worker clears the mark once the index holds that version, and a
 * sweeper re-enqueues what stays pending (a crash between the write and the enqueue).
 */
export interface VersionedRepository<T> {
  /** Unscoped read for workers, which act on behalf of the system. */
  findById(id: string): Promise<T | null>;
  /** Records that the index holds `version`; a later write keeps the entity pending. */
  markIndexed(id: string, version: number): Promise<void>;
  /** Entities still pending after `olderThan` (ids and versions), oldest first. */
  listIndexPending(olderThan: Date, limit: number): Promise<{ id: string; version: number }[]>;
  /** Every entity, in pages of ids, to rebuild an index from the database. */
  listPage(page: { limit: number; after?: string }): Promise<T[]>;
}
