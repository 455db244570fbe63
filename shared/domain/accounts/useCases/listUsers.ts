import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { toPage, type Page, type PageRequest } from '../../common/page';
import type { Actor } from '../session';
import { toPublicUser, type PublicUser } from '../user';
import { findAdministeredOrganization } from './findAdministeredOrganization';

export class ListUsers {
  constructor(private readonly deps: { organizations: OrganizationRepository; users: UserRepository }) {}

  async execute(input: { actor: Actor; organizationId: string; page: PageRequest }): Promise<Page<PublicUser>> {
    const organization = await findAdministeredOrganization(this.deps.organizations, input.actor, input.organizationId);
    const fetched = await this.deps.users.listInOrganization(organization.id, {
      ...input.page,
      limit: input.page.limit + 1,
    });
    return toPage(fetched.map(toPublicUser), input.page.limit);
  }
}
