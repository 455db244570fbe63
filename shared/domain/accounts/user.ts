import type { OrganizationKind } from './organization';

export const userRoles = ['admin', 'adviser', 'employer'] as const;
export type UserRole = (typeof userRoles)[number];

export interface User {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  createdAt: Date;
  /** A deactivated user cannot sign in or refresh, and their access tokens were ended; null when active. */
  deactivatedAt: Date | null;
}

/** The user as shown to callers: never the password hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

export function toPublicUser({ passwordHash: _hidden, ...user }: User): PublicUser {
  return user;
}

/** Each role belongs to one kind of organisation: a role elsewhere would bypass tenant scoping. */
const organizationKindOfRole: Record<UserRole, OrganizationKind> = {
  admin: 'territory',
  adviser: 'insertion',
  employer: 'employer',
};

export function roleFitsOrganization(role: UserRole, kind: OrganizationKind): boolean {
  return organizationKindOfRole[role] === kind;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
