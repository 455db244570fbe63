import { Redis } from 'ioredis';
import type { HealthCheck } from '../../ports/HealthCheck';

/**
 * Two kinds of Redis connections, as BullMQ recommends for production:
 * - `command`: used by the API and by producers; fails fast when Redis is down, so a request
 *   gets an error at once instead of hanging.
 * - `blocking`: used by workers; retries forever and waits for Redis to come back.
 */
export function createRedisClient(url: string, kind: 'command' | 'blocking'): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: kind === 'blocking' ? null : 1,
    enableOfflineQueue: kind === 'blocking',
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

export function redisHealthCheck(redis: Redis, timeoutMs = 1_000): HealthCheck {
  return {
    name: 'redis',
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([redis.ping(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
