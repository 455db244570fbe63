export const indexedEntities = ['offer', 'candidate'] as const;
export type IndexedEntity = (typeof indexedEntities)[number];

/** Asks the indexing worker to bring an entity's search document up to date (or remove it). */
export interface IndexingQueue {
  /**
   * Idempotent per entity and version. Never throws: a write already made must not fail the
   * request because Redis is down; the entity stays pending and the sweeper enqueues it later.
   * `sweep` names a sweeper pass: its jobs get ids of their own, so that a job that failed for
   * good (kept in the failed set, where its id would block a new one) is tried again.
   */
  enqueue(entity: IndexedEntity, id: string, version: number, options?: { sweep?: string }): Promise<void>;
}
