import type { Request } from 'express';
import type { Actor } from '../../../shared/domain/accounts/session';
import type { UserRole } from '../../../shared/domain/accounts/user';
import { ForbiddenError, UnauthenticatedError } from '../../../shared/domain/errors';
import type { AccessTokens } from '../../../shared/ports/AccessTokens';
import type { SessionRevocations } from '../../../shared/ports/SessionRevocations';

export type Access = 'public' | 'authenticated' | readonly UserRole[];

export interface Authentication {
  accessTokens: AccessTokens;
  sessionRevocations: SessionRevocations;
}

/**
 * Reads the bearer token, verifies it, checks that its session was not ended (one Redis round
 * trip; 503 when Redis cannot answer) and checks the role the route requires.
 */
export async function authenticate(
  req: Request,
  authentication: Authentication,
  access: Exclude<Access, 'public'>,
): Promise<Actor> {
  const header = req.get('authorization');
  const match = header ? /^Bearer ([^\s]+)$/i.exec(header) : null;
  if (!match?.[1]) throw new UnauthenticatedError('En-tête Authorization: Bearer manquant ou mal formé.');
  const claims = authentication.accessTokens.verify(match[1]);
  if (await authentication.sessionRevocations.isRevoked(claims)) {
    throw new UnauthenticatedError('Session terminée : veuillez vous reconnecter.');
  }
  if (access !== 'authenticated' && !access.includes(claims.actor.role)) {
    throw new ForbiddenError('Votre rôle ne permet pas cette action.');
  }
  return claims.actor;
}
