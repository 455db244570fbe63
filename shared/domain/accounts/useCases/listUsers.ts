import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { NotFoundError } from '../../errors';
import { toPage, type Page, type PageRequest } from '../../common/page';
import type { Actor } from '../session';
import { toPublicUser, type PublicUser } from '../user';
import { findAdministeredOrganization } from './findAdministeredOrganization';

/**
 * An administrator lists the users of any organisation of their territory; anyone else, the
 * colleagues of their own organisation only (another one does not exist for them: 404).
 */
export class ListUsers {
  constructor(private readonly deps: { organizations: OrganizationRepository; users: UserRepository }) {}

  async execute(input: { actor: Actor; organizationId: string; page: PageRequest }): Promise<Page<PublicUser>> {
    const organizationId = await this.visibleOrganizationId(input.actor, input.organizationId);
    const fetched = await this.deps.users.listInOrganization(organizationId, {
      ...input.page,
      limit: input.page.limit + 1,
    });
    return toPage(fetched.map(toPublicUser), input.page.limit);
  }

  private async visibleOrganizationId(actor: Actor, organizationId: string): Promise<string> {
    if (actor.role === 'admin') {
      return (await findAdministeredOrganization(this.deps.organizations, actor, organizationId)).id;
    }
    if (organizationId !== actor.organizationId) throw new NotFoundError('Organisation introuvable.');
    return organizationId;
  }
}
