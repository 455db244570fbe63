import type { ConventionRepository } from '../../../ports/ConventionRepository';
import type { Actor } from '../../accounts/session';
import { ForbiddenError } from '../../errors';
import type { Convention } from './convention';
import { conventionNotFound } from './conventionNotFound';

/** Territory administrators write conventions; their organisation is the territory (see roleFitsOrganization). */
export function assertTerritoryAdministrator(actor: Actor): void {
  if (actor.role !== 'admin')
    throw new ForbiddenError('Seuls les administrateurs du territoire gèrent les conventions.');
}

/**
 * Administrators read every convention of their territory; advisers and employers, those their
 * organisation is a partner of. Any other convention does not exist for them (404, not 403).
 */
export async function findReadableConvention(
  conventions: ConventionRepository,
  actor: Actor,
  conventionId: string,
): Promise<Convention> {
  const convention =
    actor.role === 'admin'
      ? await conventions.findInTerritory(actor.organizationId, conventionId)
      : await conventions.findForPartner(actor.organizationId, conventionId);
  if (!convention) throw conventionNotFound();
  return convention;
}
