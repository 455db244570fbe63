import type { UserRole } from './user';

/**
 * The e-mailed links that open an account: an invitation (choose one's password, 7 days) and a
 * password reset (1 hour). Each is a record used at most once; the link carries a token signed
 * over the record's id and expiry (LinkTokens), so no secret is stored, queued or logged.
 */
export const invitationTtlMs = 7 * 24 * 3600 * 1000;
export const passwordResetTtlMs = 3600 * 1000;

export interface Invitation {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  role: UserRole;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}

export interface PasswordReset {
  id: string;
  userId: string;
  organizationId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** event_rsvp: a person's answer link to a recruitment event (no account: the token is the credential). */
export type LinkPurpose = 'invitation' | 'password_reset' | 'event_rsvp';

/** Pages of the web app the links open (services/web's router). */
export const accountLinkPaths: Record<LinkPurpose, (token: string) => string> = {
  invitation: (token) => `/invitation/${token}`,
  password_reset: (token) => `/reinitialiser-mot-de-passe/${token}`,
  event_rsvp: (token) => `/reponse/${token}`,
};

export function isOpen(link: { expiresAt: Date; acceptedAt?: Date | null; usedAt?: Date | null }, now: Date): boolean {
  return (link.acceptedAt ?? link.usedAt ?? null) === null && link.expiresAt.getTime() > now.getTime();
}
