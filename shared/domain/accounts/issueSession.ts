import type { AccessTokens } from '../../ports/AccessTokens';
import type { Clock } from '../../ports/Clock';
import type { OpaqueTokens } from '../../ports/OpaqueTokens';
import type { RefreshTokenRepository } from '../../ports/RefreshTokenRepository';
import type { Actor, SessionTokens } from './session';

export interface SessionIssuerDeps {
  accessTokens: AccessTokens;
  opaqueTokens: OpaqueTokens;
  refreshTokens: RefreshTokenRepository;
  clock: Clock;
  refreshTokenTtlSeconds: number;
}

/** Issues an access token and a new refresh token in the given family (a new family at login). */
export async function issueSession(deps: SessionIssuerDeps, actor: Actor, familyId: string): Promise<SessionTokens> {
  const refreshToken = deps.opaqueTokens.generate();
  const now = deps.clock.now();
  await deps.refreshTokens.insert({
    tokenHash: deps.opaqueTokens.hash(refreshToken),
    familyId,
    userId: actor.userId,
    organizationId: actor.organizationId,
    expiresAt: new Date(now.getTime() + deps.refreshTokenTtlSeconds * 1000),
    rotatedAt: null,
    revokedAt: null,
  });
  return {
    accessToken: deps.accessTokens.issue(actor, familyId),
    tokenType: 'Bearer',
    expiresIn: deps.accessTokens.ttlSeconds,
    refreshToken,
    refreshExpiresIn: deps.refreshTokenTtlSeconds,
  };
}
