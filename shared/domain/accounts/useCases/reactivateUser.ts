import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { NotFoundError } from '../../errors';
import { toPublicUser, type PublicUser } from '../user';
import { findAdministeredOrganization } from './findAdministeredOrganization';
import type { UserInOrganization } from './deactivateUser';

/** The user may sign in again; the sessions that deactivation ended stay ended. */
export class ReactivateUser {
  constructor(private readonly deps: { organizations: OrganizationRepository; users: UserRepository }) {}

  async execute(input: UserInOrganization): Promise<PublicUser> {
    const organization = await findAdministeredOrganization(this.deps.organizations, input.actor, input.organizationId);
    const reactivated = await this.deps.users.setDeactivatedAt(organization.id, input.userId, null);
    if (!reactivated) throw new NotFoundError('Compte introuvable.');
    return toPublicUser(reactivated);
  }
}
