import type { User, UserRole } from '../domain/accounts/user';

export interface NewUser {
  organizationId: string;
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
}

export interface UserRepository {
  /** Throws ConflictError when the email is taken. */
  create(user: NewUser, createdAt: Date): Promise<User>;
  /** Login is the one lookup that is not scoped by organisation: the email is global. */
  findByEmail(email: string): Promise<User | null>;
  findInOrganization(organizationId: string, userId: string): Promise<User | null>;
  listInOrganization(organizationId: string, page: { limit: number; after?: string }): Promise<User[]>;
  countWithRole(role: UserRole): Promise<number>;
  /** The accounts' lists (kept beside the database) rebuilt from the stored accounts. */
  rebuildLists(): Promise<void>;
  /**
   * Adds a device (a fingerprint, not the raw user agent) to those the account signed in from:
   * first (the account's first sign-in), known, or new.
   */
  rememberDevice(userId: string, fingerprint: string): Promise<'first' | 'known' | 'new'>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /** Deactivates (a date) or reactivates (null) a user of the organisation; null when there is no such user. */
  setDeactivatedAt(organizationId: string, userId: string, deactivatedAt: Date | null): Promise<User | null>;
}
