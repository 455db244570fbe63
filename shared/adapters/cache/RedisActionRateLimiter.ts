import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../domain/errors';
import type { ActionRateLimiter } from '../../ports/ActionRateLimiter';

export interface ActionLimits {
  /** Names the action in the Redis keys (`<prefix>:limit:<action>:<key>`). */
  action: string;
  points: number;
  windowSeconds: number;
  keyPrefix: string;
  message: string;
}

/** A fixed window per key in Redis, shared by every API process. */
export class RedisActionRateLimiter implements ActionRateLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly limits: ActionLimits,
  ) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${limits.keyPrefix}:limit:${limits.action}`,
      points: limits.points,
      duration: limits.windowSeconds,
    });
  }

  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new TooManyRequestsError(this.limits.message, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
  }
}
