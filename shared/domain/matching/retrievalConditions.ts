import type { Condition } from '../../ports/SearchEngine';
import { anywhereCell, reachCells, workplaceCells } from '../geography/reachCells';
import type { JobProximity } from './jobProximity';
import type { MatchCandidate, MatchOffer } from './matchInputs';

/**
 * The hard constraints that narrow the search most, as search filters: the engine returns only
 * people (or offers) who can pass them. A filter may let through more than its constraint (the
 * exact distance is checked afterwards); it never keeps out anyone the constraint accepts
 * (tests/contract checks it against a scan of every profile). checkHardConstraints decides.
 *
 * Filters that keep most documents (status, consent, schedules, hours, contract, qualification)
 * are left to checkHardConstraints on purpose: with Orama each filter costs in proportion to the
 * documents it keeps, and those made the query seven times slower for the same result
 * (23 ms against 3.4 ms at 20,000 profiles; see the matching benchmark).
 */
export function candidateConditions(offer: MatchOffer, jobs: JobProximity): Condition[] {
  const conditions: Condition[] = [
    { field: 'desiredJobFamilies', anyOf: relatedFamilies([offer.job.romeCode], jobs) },
    { field: 'certifications', allOf: offer.requiredCertifications },
  ];
  if (offer.remoteMode !== 'full_remote') {
    conditions.push({ field: 'reachCells', anyOf: workplaceCells(offer.location.location, false) });
  }
  if (offer.startDate) conditions.push({ field: 'availableFrom', atMost: offer.startDate.getTime() });
  return conditions;
}

/** Published offers (the only ones indexed) a person can take, by the same rule. */
export function offerConditions(candidate: MatchCandidate, jobs: JobProximity): Condition[] {
  return [
    {
      field: 'jobFamilies',
      anyOf: relatedFamilies(
        candidate.desiredJobs.map((job) => job.romeCode),
        jobs,
      ),
    },
    { field: 'contractType', anyOf: candidate.acceptedContractTypes },
    {
      field: 'matchCells',
      anyOf: [...reachCells(candidate.homeCommune.location, candidate.mobility.maxDistanceKm), anywhereCell],
    },
  ];
}

/**
 * Every job related to these is of the same ROME letter or one of the few codes of another letter
 * that jobProximity relates: the letters and those codes, as the index documents list them
 * (desiredJobFamilies, jobFamilies). One value per letter rather than its hundred codes: with
 * Orama a filter costs per value (33 ms against 3 ms at 20,000 profiles, matching benchmark).
 */
function relatedFamilies(romeCodes: readonly string[], jobs: JobProximity): string[] {
  const families = new Set<string>();
  for (const romeCode of romeCodes) {
    families.add(romeCode.slice(0, 1));
    for (const related of jobs.relatedRomeCodes(romeCode)) if (related[0] !== romeCode[0]) families.add(related);
  }
  return [...families].sort();
}
