import type { Redis } from 'ioredis';
import { isRevokedBy, parseUserMark } from '../../domain/accounts/sessionRevocation';
import type { AccessTokenClaims } from '../../domain/accounts/session';
import { UnavailableError } from '../../domain/errors';
import type { SessionRevocations } from '../../ports/SessionRevocations';

export interface SessionRevocationSettings {
  keyPrefix: string;
  /** The access tokens' lifetime: a mark older than that ends nothing any more. */
  accessTokenTtlSeconds: number;
  /** A Redis that accepts the connection but does not answer must not hang every request. */
  timeoutMs: number;
}

// Host clocks differ by a little: a mark outlives the tokens it ends by this margin.
const clockMarginMs = 5_000;

const storeDown = 'Vérification de session impossible pour le moment : réessayez dans un instant.';

/**
 * Two kinds of marks, each expiring with the last token it can end:
 * - `…:{user}:user` holds the instant (ms, system clock, as the tokens' `iat_ms`) until which
 *   every token of the user is ended;
 * - `…:{user}:session:<id>` says that one session's tokens are ended.
 * The user id is the keys' hash tag, so that one MGET reads both on a Redis Cluster too.
 */
export class RedisSessionRevocations implements SessionRevocations {
  private readonly markTtlMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly settings: SessionRevocationSettings,
  ) {
    this.markTtlMs = settings.accessTokenTtlSeconds * 1000 + clockMarginMs;
  }

  async revokeUser(userId: string): Promise<void> {
    await this.answer(this.redis.set(this.userKey(userId), String(Date.now()), 'PX', this.markTtlMs));
  }

  async revokeSession(userId: string, sessionId: string): Promise<void> {
    await this.answer(this.redis.set(this.sessionKey(userId, sessionId), '1', 'PX', this.markTtlMs));
  }

  async isRevoked(claims: AccessTokenClaims): Promise<boolean> {
    const { userId } = claims.actor;
    const [userMark, sessionMark] = await this.answer(
      this.redis.mget(this.userKey(userId), this.sessionKey(userId, claims.sessionId)),
    );
    return isRevokedBy(
      { userRevokedAtMs: parseUserMark(userMark ?? null), sessionRevoked: sessionMark != null },
      claims.issuedAtMs,
    );
  }

  private userKey(userId: string): string {
    return `${this.settings.keyPrefix}:revoked:{${userId}}:user`;
  }

  private sessionKey(userId: string, sessionId: string): string {
    return `${this.settings.keyPrefix}:revoked:{${userId}}:session:${sessionId}`;
  }

  /** Any failure or a late answer becomes UnavailableError (503): an auth check never fails open. */
  private async answer<T>(command: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      // After a stall of the event loop, timers run before pending socket reads: setImmediate lets
      // an answer that already arrived be read first, so a stall is not mistaken for Redis being down.
      const giveUp = () => reject(new Error(`no answer within ${this.settings.timeoutMs} ms`));
      timer = setTimeout(() => setImmediate(giveUp), this.settings.timeoutMs);
    });
    try {
      return await Promise.race([command, timeout]);
    } catch (error) {
      throw new UnavailableError(storeDown, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}
