import type { AccessTokenClaims } from '../domain/accounts/session';

/**
 * Ends access tokens before they expire. Access tokens are checked on every request, so a mark
 * only has to outlive the tokens it ends (their lifetime); refresh tokens are revoked in their
 * own repository.
 */
export interface SessionRevocations {
  /** Every access token of the user issued until now stops working (password change, deactivation). */
  revokeUser(userId: string): Promise<void>;
  /** Every access token of one session (refresh-token family) stops working (logout, reuse detected). */
  revokeSession(userId: string, sessionId: string): Promise<void>;
  /** One round trip to the store. Throws UnavailableError when the store cannot answer: the check fails closed. */
  isRevoked(claims: AccessTokenClaims): Promise<boolean>;
}
