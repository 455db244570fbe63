import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { AccessTokenClaims, Actor } from '../../domain/accounts/session';
import { userRoles } from '../../domain/accounts/user';
import { UnauthenticatedError } from '../../domain/errors';
import type { AccessTokens } from '../../ports/AccessTokens';

// Only this algorithm is accepted on verify, so `alg: none` or an RS/HS confusion cannot pass.
const algorithm = 'HS256';

const claimsSchema = z.object({
  sub: z.string().min(1),
  org: z.string().min(1),
  role: z.enum(userRoles),
  /** The refresh-token family (OpenID Connect's session id claim). */
  sid: z.string().min(1),
  /** The issue time in milliseconds, compared with revocation marks (`iat` has whole seconds only). */
  iat_ms: z.number().int().positive(),
});

export interface JwtSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export class JwtAccessTokens implements AccessTokens {
  readonly ttlSeconds: number;
  /**
   * Given a string, jsonwebtoken first tries to read it as a PEM public key on every call and
   * builds the secret key only once that has thrown: most of an authenticated request's CPU time.
   * The same bytes as a key object, built once, sign and verify the same tokens.
   */
  private readonly key: KeyObject;

  constructor(private readonly settings: JwtSettings) {
    this.ttlSeconds = settings.ttlSeconds;
    this.key = createSecretKey(Buffer.from(settings.secret, 'utf8'));
  }

  /**
   * The issue time is the system clock's, like the `iat` and `exp` jsonwebtoken sets and checks:
   * revocation marks are stamped with the same clock (RedisSessionRevocations).
   */
  issue(actor: Actor, sessionId: string): string {
    const issuedAtMs = Date.now();
    const iat = Math.floor(issuedAtMs / 1000);
    const payload = { org: actor.organizationId, role: actor.role, sid: sessionId, iat, iat_ms: issuedAtMs };
    return jwt.sign(payload, this.key, {
      algorithm,
      subject: actor.userId,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      expiresIn: this.settings.ttlSeconds,
    });
  }

  verify(token: string): AccessTokenClaims {
    let payload: unknown;
    try {
      payload = jwt.verify(token, this.key, {
        algorithms: [algorithm],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
      });
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw new UnauthenticatedError(expired ? 'Jeton d’accès expiré.' : 'Jeton d’accès invalide.');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError('Jeton d’accès invalide.');
    return {
      actor: { userId: claims.data.sub, organizationId: claims.data.org, role: claims.data.role },
      sessionId: claims.data.sid,
      issuedAtMs: claims.data.iat_ms,
    };
  }
}
