import type { OrganizationRepository } from '../../../../ports/OrganizationRepository';
import { ValidationError, type FieldProblem } from '../../../errors';
import type { ConventionContent } from '../convention';
import { conventionContentProblems, distinctPartners } from '../conventionContent';

/**
 * The whole content checked at once, so that one answer names every problem: the rules across
 * fields, and partners that must be employers or insertion structures of the same territory.
 */
export async function checkConvention(
  organizations: OrganizationRepository,
  territoryId: string,
  content: ConventionContent,
): Promise<ConventionContent> {
  const partnerIds = distinctPartners(content.partnerIds);
  const problems = [
    ...conventionContentProblems(content),
    ...(await partnerProblems(organizations, territoryId, content.partnerIds)),
  ];
  if (problems.length > 0) throw new ValidationError('La convention contient des champs invalides.', problems);
  return { ...content, name: content.name.trim(), partnerIds };
}

async function partnerProblems(
  organizations: OrganizationRepository,
  territoryId: string,
  partnerIds: readonly string[],
): Promise<FieldProblem[]> {
  const found = await Promise.all(partnerIds.map((id) => organizations.findInTerritory(territoryId, id)));
  return found.flatMap((organization, index): FieldProblem[] => {
    const field = `partnerIds.${index}`;
    if (!organization) return [{ field, reason: 'organisation inconnue dans votre territoire' }];
    if (organization.kind === 'territory') {
      return [{ field, reason: 'un partenaire est un employeur ou une structure d’insertion, pas le territoire' }];
    }
    return [];
  });
}
