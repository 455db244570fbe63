import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../domain/errors';
import type { LoginAttemptKeys, LoginAttemptLimiter } from '../../ports/LoginAttemptLimiter';

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxAttemptsPerIp: number;
  windowSeconds: number;
  keyPrefix: string;
}

const lockedOut = 'Trop de tentatives de connexion. Réessayez plus tard.';

/**
 * Two counters in Redis: every attempt per IP (slows down credential stuffing across
 * accounts), and failures per account (slows down guessing one password; reset on success).
 */
export class RedisLoginAttemptLimiter implements LoginAttemptLimiter {
  private readonly perIp: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly limits: LoginLimits,
  ) {
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${limits.keyPrefix}:login:ip`,
      points: limits.maxAttemptsPerIp,
      duration: limits.windowSeconds,
    });
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${limits.keyPrefix}:login:account`,
      points: limits.maxFailuresPerAccount,
      duration: limits.windowSeconds,
    });
  }

  async beforeAttempt(keys: LoginAttemptKeys): Promise<void> {
    const account = await this.perAccount.get(keys.account);
    if (account && account.consumedPoints >= this.limits.maxFailuresPerAccount) {
      throw new TooManyRequestsError(lockedOut, secondsUntil(account));
    }
    try {
      await this.perIp.consume(keys.ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new TooManyRequestsError(lockedOut, secondsUntil(rejection));
      throw rejection;
    }
  }

  async recordFailure(keys: LoginAttemptKeys): Promise<void> {
    // penalty() counts without rejecting: the lock-out is decided by beforeAttempt.
    await this.perAccount.penalty(keys.account, 1);
  }

  async recordSuccess(keys: LoginAttemptKeys): Promise<void> {
    await this.perAccount.delete(keys.account);
  }
}

function secondsUntil(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
