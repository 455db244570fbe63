/**
 * Copies of records kept beside the database for the pages that read many of them by key (a
 * caseload page reads twenty profiles): one round trip to Redis instead of one read per record on
 * the embedded FerretDB. Each copy carries the record's version, and a copy never replaces a newer
 * one, so the order in which readers and writers arrive does not matter:
 * - a reader that missed a copy reads the record from the database and keeps what it read;
 * - a writer first announces the version it is about to write (`announceAll`: the copy is dropped,
 *   and a reader's older copy is refused from then on), then writes, then may keep what the
 *   database returned. Writers of one record are one at a time (under its lock, or because its only
 *   change moves forward, as a notification being read); a deletion announces a version no copy
 *   can reach.
 * A writer that stops between the two leaves no copy, only the announcement: readers read the
 * database until a copy of that version or a newer one arrives. Copies expire `ttlMs` after they
 * were kept, so that Redis holds the records read lately, not a second database.
 */
export interface RecordCopies {
  /** The copies kept of these ids (those missing, announced only or expired are absent). */
  getAll(family: string, ids: readonly string[]): Promise<Map<string, RecordCopy>>;
  /** Keeps each copy unless a newer version is kept or announced (one round trip). */
  keepAll(family: string, copies: readonly RecordCopy[]): Promise<void>;
  /** The versions about to be written: the copies are dropped, older ones refused (one round trip). */
  announceAll(family: string, versions: readonly { id: string; version: number }[]): Promise<void>;
  /** These records are being deleted: no copy of them is kept from now on. */
  announceDeletion(family: string, ids: readonly string[]): Promise<void>;
  /**
   * Drops every copy and announcement (a benchmark's cold start: pages read the database again).
   * With no writer at work only: a writer's announcement dropped would let an older copy back in.
   */
  dropAll(): Promise<void>;
}

export interface RecordCopy {
  id: string;
  version: number;
  body: Buffer;
}
