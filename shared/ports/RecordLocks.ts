/**
 * Short exclusive locks on one record, for a read-check-write that the database cannot do as one
 * conditional write without reading a whole collection (FerretDB's SQLite backend looks a write up
 * by key only when its filter is exactly `{ _id }`). Every writer of the record takes the same lock.
 */
export interface RecordLocks {
  /** Runs `work` while holding the lock on `key`; waits for it a few seconds at most, then fails (503). */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
}
