import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import { NotFoundError } from '../../errors';
import type { Organization } from '../organization';
import type { Actor } from '../session';

/** An organisation outside the administrator's territory does not exist for them (404, not 403). */
export async function findAdministeredOrganization(
  organizations: OrganizationRepository,
  actor: Actor,
  organizationId: string,
): Promise<Organization> {
  const organization = await organizations.findInTerritory(actor.organizationId, organizationId);
  if (!organization) throw new NotFoundError('Organisation introuvable.');
  return organization;
}

/**
 * Every organisation an administrator's territory holds, itself included: a territory counts its
 * structures and employers in hundreds, read by pages of the repository's own order.
 */
export async function administeredOrganizationIds(
  organizations: OrganizationRepository,
  actor: Actor,
): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | undefined; ;) {
    const page = await organizations.listInTerritory(actor.organizationId, { limit: 500, ...(after ? { after } : {}) });
    ids.push(...page.map((organization) => organization.id));
    if (page.length < 500) break;
    after = page.at(-1)?.id;
  }
  return ids.includes(actor.organizationId) ? ids : [actor.organizationId, ...ids];
}
