import type { AccessTokenClaims, Actor } from '../domain/accounts/session';

export interface AccessTokens {
  /** `sessionId` is the refresh-token family the token belongs to, so that ending it ends the token too. */
  issue(actor: Actor, sessionId: string): string;
  /** Throws UnauthenticatedError on any invalid, expired or foreign token. */
  verify(token: string): AccessTokenClaims;
  readonly ttlSeconds: number;
}
