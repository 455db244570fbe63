import { DateTime } from 'luxon';
import { distanceKm } from '../geography/geoPoint';
import type { JobProximity } from '../matching/jobProximity';
import type { MatchCandidate, MatchOffer } from '../matching/matchInputs';
import { scoreMatch } from '../matching/scoreMatch';
import type { EventPlace } from './recruitmentEvent';

/** One offer of the event a person fits, with the score and why (the suggestions' explanation). */
export interface OfferFit {
  offerId: string;
  score: number;
  met: string[];
  missing: string[];
}

export interface EventFitContext {
  place: EventPlace;
  startsAt: Date;
  endsAt: Date;
  now: Date;
  jobs: JobProximity;
}

/**
 * Whether the person can come: the event's place within the radius they declared (online: always),
 * and its hours within the day they can give (earliest start, latest end), Paris time.
 */
export function canAttend(candidate: MatchCandidate, context: Pick<EventFitContext, 'place' | 'startsAt' | 'endsAt'>) {
  const { place } = context;
  if (
    !place.online &&
    distanceKm(candidate.homeCommune.location, place.commune.location) > candidate.mobility.maxDistanceKm
  ) {
    return false;
  }
  const { earliestStartHour, latestEndHour } = candidate.availability;
  const start = DateTime.fromJSDate(context.startsAt, { zone: 'Europe/Paris' });
  const end = DateTime.fromJSDate(context.endsAt, { zone: 'Europe/Paris' });
  if (earliestStartHour !== null && start.hour + start.minute / 60 < earliestStartHour) return false;
  if (latestEndHour !== null && end.hour + end.minute / 60 > latestEndHour) return false;
  return true;
}

/**
 * The offers of the event this person fits: the suggestions' hard constraints and score, except
 * consent (an adviser may invite someone who has not agreed to be shown to employers: they are
 * then never listed for an employer), and only when they can come. Pure.
 */
export function fitsForEvent(
  offers: readonly MatchOffer[],
  candidate: MatchCandidate,
  context: EventFitContext,
): OfferFit[] {
  if (candidate.status !== 'active' || !canAttend(candidate, context)) return [];
  const asConsenting: MatchCandidate = { ...candidate, consent: { shareWithEmployers: true } };
  const fits: OfferFit[] = [];
  for (const offer of offers) {
    const outcome = scoreMatch(offer, asConsenting, {
      now: context.now,
      lastProposedAt: candidate.lastProposedAt,
      profileCreatedAt: candidate.createdAt,
      jobs: context.jobs,
    });
    if (!outcome.eligible) continue;
    fits.push({ offerId: offer.id, score: outcome.score, ...outcome.explanation });
  }
  return fits.sort((a, b) => b.score - a.score || (a.offerId < b.offerId ? -1 : 1));
}

/** Best first: the best offer's score, then the number of offers fitted, then the id (a stable order). */
export function byBestFit<T extends { candidateId: string; fits: OfferFit[] }>(a: T, b: T): number {
  const best = (item: T) => item.fits[0]?.score ?? 0;
  return (
    best(b) - best(a) ||
    b.fits.length - a.fits.length ||
    (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0)
  );
}
