import type { Actor } from '../domain/accounts/session';

export interface AccessTokens {
  issue(actor: Actor): string;
  /** Throws UnauthenticatedError on any invalid, expired or foreign token. */
  verify(token: string): Actor;
  readonly ttlSeconds: number;
}
