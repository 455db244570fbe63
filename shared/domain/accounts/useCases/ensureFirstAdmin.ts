import type { Clock } from '../../../ports/Clock';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { PasswordHasher } from '../../../ports/PasswordHasher';
import type { UserRepository } from '../../../ports/UserRepository';
import { ConflictError } from '../../errors';
import { normalizeEmail } from '../user';

export interface EnsureFirstAdminDeps {
  organizations: OrganizationRepository;
  users: UserRepository;
  passwordHasher: PasswordHasher;
  clock: Clock;
}

export type EnsureFirstAdminResult = 'created' | 'already_present';

/**
 * At start, when no administrator exists yet, creates one (and the territory it administers)
 * from ADMIN_EMAIL / ADMIN_PASSWORD. Idempotent: a second start, or two starting at once, leave
 * exactly one such account.
 */
export class EnsureFirstAdmin {
  constructor(private readonly deps: EnsureFirstAdminDeps) {}

  async execute(input: { email: string; password: string; territoryName: string }): Promise<EnsureFirstAdminResult> {
    if ((await this.deps.users.countWithRole('admin')) > 0) return 'already_present';
    const now = this.deps.clock.now();
    const territory =
      (await this.deps.organizations.findFirstTerritory()) ??
      (await this.deps.organizations.create({ kind: 'territory', name: input.territoryName }, now));
    try {
      await this.deps.users.create(
        {
          organizationId: territory.id,
          email: normalizeEmail(input.email),
          displayName: 'Administrateur',
          role: 'admin',
          passwordHash: await this.deps.passwordHasher.hash(input.password),
        },
        now,
      );
      return 'created';
    } catch (error) {
      if (error instanceof ConflictError) return 'already_present';
      throw error;
    }
  }
}
