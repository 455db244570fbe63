import { resolvePlace } from '../geography/resolvePlace';
import { designateJob } from '../reference/jobDesignation';
import type { OfferContent } from './offer';
import { checkOfferContent, type OfferInput } from './offerContent';
import type { OfferDeps } from './offerDeps';

/**
 * Turns a full offer input into checked content: the job against ROME, the commune against the
 * gazetteer, then the rules across fields. `current` supplies the job and place an update leaves out.
 */
export async function resolveOfferInput(
  deps: Pick<OfferDeps, 'romeCatalog' | 'gazetteer' | 'clock'>,
  input: Omit<OfferInput, 'job' | 'location'> & Partial<Pick<OfferInput, 'job' | 'location'>>,
  current?: Pick<OfferContent, 'job' | 'location'>,
): Promise<OfferContent> {
  const { job, location, ...rest } = input;
  const resolvedJob = job ? designateJob(deps.romeCatalog(), job, 'job') : current?.job;
  const resolvedPlace = location
    ? await resolvePlace(deps.gazetteer, location.commune, 'location.commune')
    : current?.location;
  if (!resolvedJob || !resolvedPlace) throw new Error('an offer input without job or location reached resolution');
  return checkOfferContent(rest, { job: resolvedJob, location: resolvedPlace }, deps.clock.now());
}
