import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import { toPage, type Page, type PageRequest } from '../../common/page';
import type { Organization } from '../organization';
import type { Actor } from '../session';

export class ListOrganizations {
  constructor(private readonly deps: { organizations: OrganizationRepository }) {}

  async execute(input: { actor: Actor; page: PageRequest }): Promise<Page<Organization>> {
    const fetched = await this.deps.organizations.listInTerritory(input.actor.organizationId, {
      ...input.page,
      limit: input.page.limit + 1,
    });
    return toPage(fetched, input.page.limit);
  }
}
