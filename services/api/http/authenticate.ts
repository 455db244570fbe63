import type { Request } from 'express';
import type { Actor } from '../../../shared/domain/accounts/session';
import type { UserRole } from '../../../shared/domain/accounts/user';
import { ForbiddenError, UnauthenticatedError } from '../../../shared/domain/errors';
import type { AccessTokens } from '../../../shared/ports/AccessTokens';

export type Access = 'public' | 'authenticated' | readonly UserRole[];

/** Reads the bearer token, verifies it and checks the role the route requires. */
export function authenticate(req: Request, accessTokens: AccessTokens, access: Exclude<Access, 'public'>): Actor {
  const header = req.get('authorization');
  const match = header ? /^Bearer ([^\s]+)$/i.exec(header) : null;
  if (!match?.[1]) throw new UnauthenticatedError('En-tête Authorization: Bearer manquant ou mal formé.');
  const actor = accessTokens.verify(match[1]);
  if (access !== 'authenticated' && !access.includes(actor.role)) {
    throw new ForbiddenError('Votre rôle ne permet pas cette action.');
  }
  return actor;
}
