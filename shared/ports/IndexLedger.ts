import type { IndexedEntity } from './IndexingQueue';

/**
 * What the search index is known to hold: one acknowledgement per entity version indexed (or
 * removed), and per entity kind the point up to which the sweeper has checked every write.
 */
export interface IndexLedger {
  /** Idempotent: a version acknowledged again keeps one acknowledgement. */
  acknowledgeAll(entity: IndexedEntity, versions: readonly { id: string; version: number }[], at: Date): Promise<void>;
  /** The keys (`id/version`) among these that were acknowledged. */
  acknowledged(entity: IndexedEntity, versions: { id: string; version: number }[]): Promise<Set<string>>;
  watermark(entity: IndexedEntity): Promise<Date | null>;
  setWatermark(entity: IndexedEntity, at: Date): Promise<void>;
  /** Forgets acknowledgements recorded before this date (older than any watermark). */
  forgetBefore(at: Date): Promise<void>;
}

export function versionKey(id: string, version: number): string {
  return `${id}/${version}`;
}
