import type { IndexedEntity } from './IndexingQueue';

/**
 * Outbox of index removals: a deleted entity leaves no row whose version the sweeper could see,
 * so its removal is recorded (the id only) before the entity goes, and cleared once the index
 * no longer holds it.
 */
export interface IndexRemovalRepository {
  record(entity: IndexedEntity, id: string, now: Date): Promise<void>;
  listPending(olderThan: Date, limit: number): Promise<{ entity: IndexedEntity; id: string }[]>;
  clear(entity: IndexedEntity, id: string): Promise<void>;
}
