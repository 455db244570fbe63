import type { UserRole } from './user';

/** Who is calling: the verified claims of an access token. */
export interface Actor {
  userId: string;
  organizationId: string;
  role: UserRole;
}

/**
 * What a verified access token says: who, in which session (the refresh-token family it was
 * issued with), and when it was issued, to the millisecond (a whole-second `iat` could not tell a
 * token issued just before a password change from one issued just after it).
 */
export interface AccessTokenClaims {
  actor: Actor;
  sessionId: string;
  issuedAtMs: number;
}

export interface SessionTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

/**
 * A refresh token is stored only as a hash. Tokens issued from one login form a family:
 * presenting a token that was already rotated means it leaked, so the whole family is revoked.
 */
export interface RefreshTokenRecord {
  tokenHash: string;
  familyId: string;
  userId: string;
  organizationId: string;
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}
