import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { UnauthenticatedError } from '../../errors';
import type { Organization } from '../organization';
import type { Actor } from '../session';
import { toPublicUser, type PublicUser } from '../user';

export class GetCurrentUser {
  constructor(private readonly deps: { users: UserRepository; organizations: OrganizationRepository }) {}

  async execute(actor: Actor): Promise<{ user: PublicUser; organization: Organization }> {
    const user = await this.deps.users.findInOrganization(actor.organizationId, actor.userId);
    const organization = await this.deps.organizations.findById(actor.organizationId);
    // A valid token for an account deleted since it was issued.
    if (!user || !organization) throw new UnauthenticatedError('Compte introuvable.');
    return { user: toPublicUser(user), organization };
  }
}
