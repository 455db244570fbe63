import { randomBytes } from 'node:crypto';

/**
 * 24 hex digits like a MongoDB ObjectId (seconds since 1970, then random): chosen before a write,
 * so that a retried write keeps its id, and ordered by time, so that cursors page in order.
 */
export function timeOrderedId(now: Date): string {
  return (
    Math.floor(now.getTime() / 1000)
      .toString(16)
      .padStart(8, '0') + randomBytes(8).toString('hex')
  );
}
