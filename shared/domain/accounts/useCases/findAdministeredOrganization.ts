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
