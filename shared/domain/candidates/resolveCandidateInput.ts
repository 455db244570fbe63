import { ValidationError } from '../errors';
import { resolvePlace } from '../geography/resolvePlace';
import { designateJob } from '../reference/jobDesignation';
import type { CandidateContent } from './candidateProfile';
import { checkCandidateContent, type CandidateInput } from './candidateContent';
import type { CandidateDeps } from './candidateDeps';

type PartialResolution = Omit<CandidateInput, 'homeCommune' | 'desiredJobs'> &
  Partial<Pick<CandidateInput, 'homeCommune' | 'desiredJobs'>>;

/**
 * Turns a full profile input into checked content: desired jobs and experiences against ROME, the
 * home commune against the gazetteer, then the rules across fields. `current` supplies what an
 * update leaves out.
 */
export async function resolveCandidateInput(
  deps: Pick<CandidateDeps, 'romeCatalog' | 'gazetteer'>,
  input: PartialResolution,
  current?: Pick<CandidateContent, 'homeCommune' | 'desiredJobs'>,
): Promise<CandidateContent> {
  const { homeCommune, desiredJobs, ...rest } = input;
  const catalog = deps.romeCatalog();
  const jobs = desiredJobs
    ? desiredJobs.map((job, index) => designateJob(catalog, job, `desiredJobs.${index}`))
    : current?.desiredJobs;
  const place = homeCommune ? await resolvePlace(deps.gazetteer, homeCommune, 'homeCommune') : current?.homeCommune;
  if (!jobs || !place) throw new Error('a profile input without jobs or home commune reached resolution');
  return checkCandidateContent(rest, { homeCommune: place, desiredJobs: jobs }, catalog);
}

/** The referent must be an adviser of the same organisation. */
export async function checkReferent(
  deps: Pick<CandidateDeps, 'users'>,
  organizationId: string,
  adviserId: string,
): Promise<void> {
  const user = await deps.users.findInOrganization(organizationId, adviserId);
  if (!user || user.role !== 'adviser') {
    throw new ValidationError('Référent inconnu.', [
      { field: 'referentAdviserId', reason: 'le référent doit être un conseiller de votre organisation' },
    ]);
  }
}
