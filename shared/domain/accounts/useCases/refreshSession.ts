import type { SessionRevocations } from '../../../ports/SessionRevocations';
import type { UserRepository } from '../../../ports/UserRepository';
import { UnauthenticatedError } from '../../errors';
import { issueSession, type SessionIssuerDeps } from '../issueSession';
import type { SessionTokens } from '../session';

export interface RefreshSessionDeps extends SessionIssuerDeps {
  users: UserRepository;
  sessionRevocations: SessionRevocations;
}

const invalidRefreshToken = 'Session expirée ou invalide : veuillez vous reconnecter.';

/**
 * Rotates a refresh token; a token presented twice revokes its whole family (reuse detection),
 * access tokens of that family included.
 */
export class RefreshSession {
  constructor(private readonly deps: RefreshSessionDeps) {}

  async execute(input: { refreshToken: string }): Promise<SessionTokens> {
    const { refreshTokens, opaqueTokens, clock } = this.deps;
    const now = clock.now();
    const record = await refreshTokens.findByHash(opaqueTokens.hash(input.refreshToken));
    if (!record || record.revokedAt || record.expiresAt <= now) {
      throw new UnauthenticatedError(invalidRefreshToken);
    }

    const wonRotation = record.rotatedAt === null && (await refreshTokens.markRotated(record.tokenHash, now));
    if (!wonRotation) {
      await refreshTokens.revokeFamily(record.familyId, now);
      await this.deps.sessionRevocations.revokeSession(record.userId, record.familyId);
      throw new UnauthenticatedError(invalidRefreshToken);
    }

    // The account may have been removed or deactivated since the token was issued.
    const user = await this.deps.users.findInOrganization(record.organizationId, record.userId);
    if (!user || user.deactivatedAt) throw new UnauthenticatedError(invalidRefreshToken);

    const actor = { userId: user.id, organizationId: user.organizationId, role: user.role };
    return issueSession(this.deps, actor, record.familyId);
  }
}
