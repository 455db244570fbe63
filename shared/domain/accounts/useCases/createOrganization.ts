import type { Clock } from '../../../ports/Clock';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import { ValidationError } from '../../errors';
import type { NewOrganization, Organization } from '../organization';
import type { Actor } from '../session';
import { isValidSiret } from '../siret';

/**
 * An administrator creates employer and insertion organisations inside their own territory.
 * Territories themselves are created at installation (see ensureFirstAdmin), not through the API.
 */
export class CreateOrganization {
  constructor(private readonly deps: { organizations: OrganizationRepository; clock: Clock }) {}

  async execute(input: { actor: Actor; organization: NewOrganization }): Promise<Organization> {
    const { organization } = input;
    if (organization.kind === 'territory') {
      throw new ValidationError('Type d’organisation non autorisé.', [
        { field: 'kind', reason: 'un territoire ne peut pas être créé par l’API' },
      ]);
    }
    if (organization.kind === 'employer' && !isValidSiret(organization.siret)) {
      throw new ValidationError('SIRET invalide.', [
        { field: 'siret', reason: 'numéro SIRET invalide (14 chiffres, clé de contrôle)' },
      ]);
    }
    return this.deps.organizations.create(
      { ...organization, territoryId: input.actor.organizationId },
      this.deps.clock.now(),
    );
  }
}
