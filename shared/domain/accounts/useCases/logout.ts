import type { Clock } from '../../../ports/Clock';
import type { OpaqueTokens } from '../../../ports/OpaqueTokens';
import type { RefreshTokenRepository } from '../../../ports/RefreshTokenRepository';
import type { Actor } from '../session';

export interface LogoutDeps {
  refreshTokens: RefreshTokenRepository;
  opaqueTokens: OpaqueTokens;
  clock: Clock;
}

/**
 * Ends the session the refresh token belongs to (its whole family). Logging out twice, or with
 * a token of another user, changes nothing and reveals nothing.
 */
export class Logout {
  constructor(private readonly deps: LogoutDeps) {}

  async execute(input: { actor: Actor; refreshToken: string }): Promise<void> {
    const record = await this.deps.refreshTokens.findByHash(this.deps.opaqueTokens.hash(input.refreshToken));
    if (!record || record.userId !== input.actor.userId) return;
    await this.deps.refreshTokens.revokeFamily(record.familyId, this.deps.clock.now());
  }
}
