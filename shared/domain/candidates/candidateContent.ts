import type { CommuneQuery } from '../geography/commune';
import { ValidationError, type FieldProblem } from '../errors';
import { distinctSkills } from '../offers/offerContent';
import { certificationsByCode } from '../reference/certifications';
import type { JobDesignation, JobDesignationInput } from '../reference/jobDesignation';
import type { RomeCatalog } from '../reference/rome';
import type { CandidateContent, Experience } from './candidateProfile';
import { toMobileNumber } from './mobileNumber';

/** A profile as a request or an import row gives it: jobs and the commune are still to resolve. */
export type CandidateInput = Omit<CandidateContent, 'homeCommune' | 'desiredJobs' | 'experiences'> & {
  homeCommune: CommuneQuery;
  desiredJobs: JobDesignationInput[];
  experiences: { romeCode: string; months: number }[];
};

/** Business rules across fields; each field's own shape is checked at the edge. */
export function checkCandidateContent(
  input: Omit<CandidateInput, 'homeCommune' | 'desiredJobs'>,
  resolved: Pick<CandidateContent, 'homeCommune' | 'desiredJobs'>,
  catalog: RomeCatalog,
): CandidateContent {
  const problems: FieldProblem[] = [];
  let mobile: string | null = null;
  if (input.contact.mobile) {
    const parsed = toMobileNumber(input.contact.mobile);
    if ('reason' in parsed) problems.push({ field: 'contact.mobile', reason: parsed.reason });
    else mobile = parsed.e164;
  }
  input.certifications.forEach((code, index) => {
    if (!certificationsByCode.has(code)) {
      problems.push({ field: `certifications.${index}`, reason: `certification inconnue : ${code}` });
    }
  });
  const experiences: Experience[] = [];
  input.experiences.forEach((experience, index) => {
    const rome = catalog.romes.get(experience.romeCode);
    if (!rome)
      problems.push({ field: `experiences.${index}.romeCode`, reason: `code ROME inconnu : ${experience.romeCode}` });
    else experiences.push({ romeCode: rome.code, label: rome.label, months: experience.months });
  });
  const { earliestStartHour, latestEndHour } = input.availability;
  if (earliestStartHour !== null && latestEndHour !== null && latestEndHour <= earliestStartHour) {
    problems.push({ field: 'availability.latestEndHour', reason: 'l’heure de fin doit suivre l’heure de début' });
  }
  if (problems.length > 0) throw new ValidationError('Le profil contient des champs invalides.', problems);

  return {
    ...input,
    contact: {
      firstName: input.contact.firstName.trim(),
      lastName: input.contact.lastName.trim(),
      email: input.contact.email?.trim().toLowerCase() ?? null,
      mobile,
    },
    homeCommune: resolved.homeCommune,
    desiredJobs: distinctJobs(resolved.desiredJobs),
    // The sectors of the desired jobs are desired too.
    desiredSectors: [...new Set([...input.desiredSectors, ...resolved.desiredJobs.map((job) => job.sector)])],
    acceptedContractTypes: [...new Set(input.acceptedContractTypes)],
    skills: distinctSkills(input.skills),
    experiences,
    certifications: [...new Set(input.certifications)],
    workConstraints: [...new Set(input.workConstraints)],
  };
}

function distinctJobs(jobs: JobDesignation[]): JobDesignation[] {
  const seen = new Set<string>();
  return jobs.filter((job) => {
    const key = job.appellationCode ?? job.romeCode;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
