import type { IndexedEntity } from './IndexingQueue';

export interface MatchingRequest {
  entity: IndexedEntity;
  id: string;
  version: number;
  /**
   * write: the entity changed; counterpart: something on the other side changed (both debounced);
   * refresh: an adviser asked for it (runs at once). The computation itself reads the current
   * state, so requests waiting for the same entity merge into one job.
   */
  reason: 'write' | 'counterpart' | 'refresh';
  /** What makes the request unique beyond entity and version (the counterpart's id and version, a request id). */
  cause?: string;
}

/** Asks the matching worker to recompute an offer's or a profile's suggestions. */
export interface MatchingQueue {
  /**
   * Idempotent per entity, version and cause; returns the id of the job that will do it (an
   * equivalent job already waiting does it). Throws when Redis does not answer: the indexing
   * job that asks for matching is then retried.
   */
  enqueue(request: MatchingRequest): Promise<string>;
}
