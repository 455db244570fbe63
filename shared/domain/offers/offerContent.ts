import type { CommunePlace, CommuneQuery } from '../geography/commune';
import { ValidationError, type FieldProblem } from '../errors';
import { certificationsByCode } from '../reference/certifications';
import { skillKey } from '../reference/employmentTerms';
import type { JobDesignation, JobDesignationInput } from '../reference/jobDesignation';
import { maxPublicationDays, type OfferContent } from './offer';

/** An offer as a request or an import row gives it: the job and the commune are still to resolve. */
export type OfferInput = Omit<OfferContent, 'job' | 'location'> & {
  job: JobDesignationInput;
  location: { commune: CommuneQuery };
};

const dayMs = 24 * 3600 * 1000;

/** Business rules that hold across fields (each field's own shape is checked at the edge). */
export function checkOfferContent(
  input: Omit<OfferInput, 'job' | 'location'>,
  resolved: { job: JobDesignation; location: CommunePlace },
  now: Date,
): OfferContent {
  const problems: FieldProblem[] = [];
  if ((input.dayStartHour === null) !== (input.dayEndHour === null)) {
    problems.push({ field: 'dayEndHour', reason: 'indiquez l’heure de début et l’heure de fin, ou aucune des deux' });
  }
  input.requiredCertifications.forEach((code, index) => {
    if (!certificationsByCode.has(code)) {
      problems.push({ field: `requiredCertifications.${index}`, reason: `certification inconnue : ${code}` });
    }
  });
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    problems.push({ field: 'expiresAt', reason: 'la date de fin de publication est passée' });
  }
  if (input.expiresAt && input.expiresAt.getTime() > now.getTime() + maxPublicationDays * dayMs) {
    problems.push({ field: 'expiresAt', reason: `une offre reste publiée ${maxPublicationDays} jours au plus` });
  }
  if (problems.length > 0) throw new ValidationError('L’offre contient des champs invalides.', problems);
  return {
    ...input,
    title: input.title.trim(),
    requiredSkills: distinctSkills(input.requiredSkills),
    optionalSkills: distinctSkills(input.optionalSkills),
    requiredCertifications: [...new Set(input.requiredCertifications)],
    schedules: [...new Set(input.schedules)],
    physicalDemands: [...new Set(input.physicalDemands)],
    job: resolved.job,
    location: resolved.location,
  };
}

/** Keeps the first spelling of each skill. */
export function distinctSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  return skills
    .map((skill) => skill.trim())
    .filter((skill) => {
      const key = skillKey(skill);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
