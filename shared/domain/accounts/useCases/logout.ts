import type { Clock } from '../../../ports/Clock';
import type { OpaqueTokens } from '../../../ports/OpaqueTokens';
import type { RefreshTokenRepository } from '../../../ports/RefreshTokenRepository';
import type { SessionRevocations } from '../../../ports/SessionRevocations';
import type { Actor } from '../session';

export interface LogoutDeps {
  refreshTokens: RefreshTokenRepository;
  opaqueTokens: OpaqueTokens;
  clock: Clock;
  sessionRevocations: SessionRevocations;
}

/**
 * Ends the session the refresh token belongs to (its whole family, and the access tokens issued
 * with it, the caller's included). Logging out twice, or with
 * a token of another user, changes nothing and reveals nothing.
 */
export class Logout {
  constructor(private readonly deps: LogoutDeps) {}

  /** `actor`: the caller of the API route, whose token it must be; a browser's cookie is its own proof. */
  async execute(input: { actor?: Actor; refreshToken: string }): Promise<void> {
    const record = await this.deps.refreshTokens.findByHash(this.deps.opaqueTokens.hash(input.refreshToken));
    if (!record || (input.actor && record.userId !== input.actor.userId)) return;
    await this.deps.refreshTokens.revokeFamily(record.familyId, this.deps.clock.now());
    await this.deps.sessionRevocations.revokeSession(record.userId, record.familyId);
  }
}
