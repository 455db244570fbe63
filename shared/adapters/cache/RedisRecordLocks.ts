import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { UnavailableError } from '../../domain/errors';
import type { RecordLocks } from '../../ports/RecordLocks';

export interface RecordLockSettings {
  keyPrefix: string;
  /** How long a lock outlives a holder that stopped without releasing it. */
  ttlMs: number;
  /** How long a writer waits for a held lock before giving up. */
  waitMs: number;
}

// Deletes the lock only if this holder still has it (another may hold it after an expiry).
const releaseScript = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `SET key token NX PX ttl`, retried every few milliseconds; released with a compare-and-delete. */
export class RedisRecordLocks implements RecordLocks {
  constructor(
    private readonly redis: Redis,
    private readonly settings: RecordLockSettings,
  ) {}

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lockKey = `${this.settings.keyPrefix}:lock:${key}`;
    const token = randomUUID();
    const deadline = Date.now() + this.settings.waitMs;
    for (let attempt = 0; ; attempt += 1) {
      if ((await this.redis.set(lockKey, token, 'PX', this.settings.ttlMs, 'NX')) === 'OK') break;
      if (Date.now() > deadline) {
        throw new UnavailableError('Cet élément est en cours de modification : réessayez dans un instant.');
      }
      await pause(Math.min(50, 2 + attempt * 2));
    }
    try {
      return await work();
    } finally {
      await this.redis.eval(releaseScript, 1, lockKey, token);
    }
  }
}
