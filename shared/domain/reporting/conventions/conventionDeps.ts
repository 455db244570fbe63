import type { Clock } from '../../../ports/Clock';
import type { ConventionFigures } from '../../../ports/ConventionFigures';
import type { ConventionRepository } from '../../../ports/ConventionRepository';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';

/** What the convention use cases need; each takes the part it uses. */
export interface ConventionDeps {
  conventions: ConventionRepository;
  organizations: OrganizationRepository;
  figures: ConventionFigures;
  clock: Clock;
}
