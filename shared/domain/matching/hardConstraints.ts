import { distanceKm, type GeoPoint } from '../geography/geoPoint';
import { certificationsByCode } from '../reference/certifications';
import {
  contractTypeLabels,
  physicalDemandLabels,
  qualificationLevelLabels,
  qualificationRank,
  workScheduleLabels,
} from '../reference/employmentTerms';
import type { JobProximity } from './jobProximity';
import type { MatchCandidate, MatchOffer } from './matchInputs';

export const hardConstraintCodes = [
  'not_active',
  'no_consent',
  'job_not_sought',
  'too_far',
  'missing_certification',
  'incompatible_schedule',
  'incompatible_hours',
  'part_time_only',
  'not_available_in_time',
  'contract_not_accepted',
  'qualification_too_low',
  'incompatible_work_constraint',
] as const;
export type HardConstraintCode = (typeof hardConstraintCodes)[number];

/** The most a part-time job asks a week, for a person who can work part time only. */
export const partTimeMaxWeeklyHours = 30;

export interface ConstraintFailure {
  code: HardConstraintCode;
  /** French, for advisers: why this person is not suggested for this offer. */
  reason: string;
}

const label = (code: string) => certificationsByCode.get(code)?.label ?? code;
const formatDate = (date: Date) => date.toISOString().slice(0, 10).split('-').reverse().join('/');

/**
 * The conditions without which a person is never suggested. Each failing one is listed, so that
 * an adviser can see why someone is absent; none of them reads a protected criterion.
 */
export function checkHardConstraints(
  offer: MatchOffer,
  candidate: MatchCandidate,
  jobs: JobProximity,
): ConstraintFailure[] {
  const failures: ConstraintFailure[] = [];
  const fail = (code: HardConstraintCode, reason: string) => failures.push({ code, reason });

  if (candidate.status !== 'active') fail('not_active', `profil au statut « ${candidate.status} »`);
  if (candidate.consent?.shareWithEmployers !== true) fail('no_consent', 'pas de consentement au partage du profil');

  // The person's project (the jobs they seek, as in their PPAE) is theirs: an offer related to none
  // of them (jobProximity.ts: not even the same grand domaine or a neighbouring trade) is not put to them.
  if (!seeksRelatedJob(offer, candidate, jobs)) {
    fail('job_not_sought', `métier sans lien avec le projet professionnel (${offer.job.label})`);
  }

  if (!withinReach(offer, candidate.homeCommune.location, candidate.mobility.maxDistanceKm)) {
    const distance = distanceKm(candidate.homeCommune.location, offer.location.location);
    fail('too_far', `${Math.round(distance)} km, au-delà du rayon de ${candidate.mobility.maxDistanceKm} km déclaré`);
  }

  for (const code of offer.requiredCertifications) {
    if (!candidate.certifications.includes(code)) fail('missing_certification', `${label(code)} manquant`);
  }

  for (const schedule of offer.schedules) {
    if (!candidate.availability.schedules.includes(schedule)) {
      fail('incompatible_schedule', `horaires « ${workScheduleLabels[schedule]} » non acceptés`);
    }
  }

  const hours = hoursProblem(offer, candidate);
  if (hours) fail('incompatible_hours', hours);

  // Someone who can work part time only is not put to a job of more than 30 hours a week. Offers
  // indexed before the field travelled with them have no hours: unknown, never a failure.
  if (
    candidate.availability.workingTime === 'part_time' &&
    offer.weeklyHours !== undefined &&
    offer.weeklyHours > partTimeMaxWeeklyHours
  ) {
    fail(
      'part_time_only',
      `${offer.weeklyHours} h par semaine, temps partiel seulement (${partTimeMaxWeeklyHours} h au plus)`,
    );
  }

  const { from } = candidate.availability;
  if (offer.startDate && from && from.getTime() > offer.startDate.getTime()) {
    fail(
      'not_available_in_time',
      `disponible le ${formatDate(from)}, après le début le ${formatDate(offer.startDate)}`,
    );
  }

  if (!candidate.acceptedContractTypes.includes(offer.contractType)) {
    fail('contract_not_accepted', `contrat ${contractTypeLabels[offer.contractType]} non souhaité`);
  }

  // A diploma is a hard condition only where the law requires it (regulated jobs); elsewhere it is
  // scored (insertion employers train, and take experience for a diploma).
  if (
    offer.qualificationRequiredByLaw === true &&
    !offer.trainingBeforeHiring &&
    offer.minQualificationLevel !== null &&
    qualificationRank(candidate.qualificationLevel) < offer.minQualificationLevel
  ) {
    fail(
      'qualification_too_low',
      `${qualificationLevelLabels[offer.minQualificationLevel]} exigé par la réglementation pour ce métier`,
    );
  }

  for (const demand of offer.physicalDemands) {
    if (candidate.workConstraints.includes(demand)) {
      fail('incompatible_work_constraint', `${physicalDemandLabels[demand]} incompatible avec une contrainte déclarée`);
    }
  }
  return failures;
}

/** One of the jobs the person seeks is related to the offer's (the same test as retrieval's). */
export function seeksRelatedJob(offer: MatchOffer, candidate: MatchCandidate, jobs: JobProximity): boolean {
  const related = jobs.relatedRomeCodes(offer.job.romeCode);
  return candidate.desiredJobs.some((job) => related.includes(job.romeCode));
}

/** The workplace lies within the radius the person declared, or the work is done from anywhere. */
export function withinReach(
  offer: Pick<MatchOffer, 'remoteMode' | 'location'>,
  home: GeoPoint,
  maxDistanceKm: number,
): boolean {
  return offer.remoteMode === 'full_remote' || distanceKm(home, offer.location.location) <= maxDistanceKm;
}

/** A working day fits when it starts no earlier and ends no later than the person can; a night crossing midnight fits only a person without limits. */
function hoursProblem(offer: MatchOffer, candidate: MatchCandidate): string | null {
  const { dayStartHour: start, dayEndHour: end } = offer;
  const { earliestStartHour: earliest, latestEndHour: latest } = candidate.availability;
  if (start === null || end === null) return null;
  if (end <= start) {
    return earliest === null && latest === null ? null : `poste de ${start} h à ${end} h, hors des heures possibles`;
  }
  if (earliest !== null && start < earliest) return `début à ${start} h, avant ${earliest} h`;
  if (latest !== null && end > latest) return `fin à ${end} h, après ${latest} h`;
  return null;
}
