import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ProcessLease } from '../../ports/ProcessLease';

/**
 * A Redis key set with NX and a time to live, renewed by its holder at a third of it; released
 * only by its holder (a compare-and-delete script), so a late release never frees a successor's.
 */
export class RedisProcessLease implements ProcessLease {
  private readonly token = randomUUID();
  private renewal: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly settings: { key: string; ttlMs: number },
  ) {}

  async acquire(): Promise<boolean> {
    const deadline = Date.now() + this.settings.ttlMs + 1_000;
    while (!(await this.tryAcquire())) {
      if (Date.now() > deadline) return false;
      await new Promise((done) => setTimeout(done, 500));
    }
    return true;
  }

  async tryAcquire(): Promise<boolean> {
    const taken = await this.redis.set(this.settings.key, this.token, 'PX', this.settings.ttlMs, 'NX');
    if (taken !== 'OK') return false;
    this.renewal = setInterval(() => {
      void this.redis.set(this.settings.key, this.token, 'PX', this.settings.ttlMs, 'XX').catch(() => undefined);
    }, this.settings.ttlMs / 3);
    this.renewal.unref();
    return true;
  }

  async release(): Promise<void> {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
    await this.redis.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
      1,
      this.settings.key,
      this.token,
    );
  }
}
