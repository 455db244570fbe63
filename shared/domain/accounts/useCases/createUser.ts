import type { Clock } from '../../../ports/Clock';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { PasswordHasher } from '../../../ports/PasswordHasher';
import type { UserRepository } from '../../../ports/UserRepository';
import { ValidationError } from '../../errors';
import type { Actor } from '../session';
import { normalizeEmail, roleFitsOrganization, toPublicUser, type PublicUser, type UserRole } from '../user';
import { findAdministeredOrganization } from './findAdministeredOrganization';

export interface CreateUserInput {
  actor: Actor;
  organizationId: string;
  user: { email: string; displayName: string; role: UserRole; password: string };
}

export interface CreateUserDeps {
  organizations: OrganizationRepository;
  users: UserRepository;
  passwordHasher: PasswordHasher;
  clock: Clock;
}

export class CreateUser {
  constructor(private readonly deps: CreateUserDeps) {}

  async execute(input: CreateUserInput): Promise<PublicUser> {
    const organization = await findAdministeredOrganization(this.deps.organizations, input.actor, input.organizationId);
    if (!roleFitsOrganization(input.user.role, organization.kind)) {
      throw new ValidationError('Rôle incompatible avec l’organisation.', [
        {
          field: 'role',
          reason: `le rôle ${input.user.role} n’existe pas dans une organisation de type ${organization.kind}`,
        },
      ]);
    }
    const created = await this.deps.users.create(
      {
        organizationId: organization.id,
        email: normalizeEmail(input.user.email),
        displayName: input.user.displayName,
        role: input.user.role,
        passwordHash: await this.deps.passwordHasher.hash(input.user.password),
      },
      this.deps.clock.now(),
    );
    return toPublicUser(created);
  }
}
