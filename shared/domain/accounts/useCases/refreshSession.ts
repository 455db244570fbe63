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
 * How long a browser may present its refresh cookie again after it was rotated: a page reloaded
 * (or a second tab opened) while its refresh was in flight never received the new cookie, and
 * presents the old one. Within this window that is taken for the same browser, not a thief.
 */
export const browserReuseGraceMs = 30_000;

/**
 * Rotates a refresh token; a token presented twice revokes its whole family (reuse detection),
 * access tokens of that family included, except within `reuseGraceMs` of its rotation (browsers
 * only: API clients get none), when the family gets one more token instead.
 */
export class RefreshSession {
  constructor(private readonly deps: RefreshSessionDeps) {}

  async execute(input: { refreshToken: string; reuseGraceMs?: number }): Promise<SessionTokens> {
    const { refreshTokens, opaqueTokens, clock } = this.deps;
    const now = clock.now();
    const record = await refreshTokens.findByHash(opaqueTokens.hash(input.refreshToken));
    if (!record || record.revokedAt || record.expiresAt <= now) {
      throw new UnauthenticatedError(invalidRefreshToken);
    }

    const wonRotation = record.rotatedAt === null && (await refreshTokens.markRotated(record.tokenHash, now));
    // A rotation that lost a race just now has no date on this read: it happened within the window.
    const rotatedAgoMs = record.rotatedAt ? now.getTime() - record.rotatedAt.getTime() : 0;
    const withinGrace = !wonRotation && rotatedAgoMs <= (input.reuseGraceMs ?? 0) && (input.reuseGraceMs ?? 0) > 0;
    if (!wonRotation && !withinGrace) {
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
