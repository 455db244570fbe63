import type { DomainEvent } from '../../ports/DomainEvents';
import type { OutcomeClass } from './outcomes/outcomeClass';
import { isPositive } from './outcomes/outcomeClass';
import { monthOf, type CountMeasure, type CounterIncrement, type DurationMeasure } from './reportingMeasures';

/** What the projection looks up for an event (the offer's sector, when the person was proposed). */
export interface EventContext {
  /** The offer's sector, for match events; null when the offer is gone. */
  sector: string | null;
  /** For an employer's first answer: when the person was proposed to them. */
  proposedAt: Date | null;
  /** The territory the organisations of the fact belong to; null when they are gone. */
  territoryId: string | null;
}

const dayMs = 24 * 3600 * 1000;
const days = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / dayMs));
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

const classMeasure: Record<OutcomeClass, CountMeasure> = {
  lasting_employment: 'lastingEmployment',
  transitional_employment: 'transitionalEmployment',
  positive_exit: 'positiveExits',
  other_exit: 'otherExits',
  no_solution: 'noSolution',
};

/** The only events reporting counts: the others never reach its inbox. */
export const countedEventTypes: readonly DomainEvent['type'][] = [
  'match.transitioned',
  'offer.published',
  'offer.ended',
  'outcome.recorded',
  'candidate.status_changed',
  'candidate.first_suggestion',
];

/**
 * Pure: the counters one event adds to, in every dimension it belongs to. Events that reporting
 * does not count give nothing. The same event always gives the same increments, so counting it
 * again can be recognised (the projection applies each event once).
 */
export function reportingIncrements(event: DomainEvent, context: EventContext): CounterIncrement[] {
  if (!countedEventTypes.includes(event.type)) return [];
  const { data } = event;
  if (event.type === 'match.transitioned') {
    const counts: Partial<Record<CountMeasure, number>> = {};
    const durations: Partial<Record<DurationMeasure, number>> = {};
    const firstAnswer = data.from === 'proposed' && (data.action === 'request_interview' || data.action === 'decline');
    if (data.action === 'shortlist') counts.shortlisted = 1;
    if (data.action === 'propose') counts.proposals = 1;
    if (firstAnswer) {
      counts.answers = 1;
      if (context.proposedAt) durations.daysToAnswer = days(context.proposedAt, event.at);
    }
    if (data.action === 'request_interview') counts.interviewRequests = 1;
    if (data.action === 'schedule_interview') counts.interviews = 1;
    if (data.action === 'hire') counts.hires = 1;
    if (Object.keys(counts).length === 0) return [];
    return spread(
      context.territoryId,
      monthOf(event.at),
      context.sector,
      text(data.candidateOrganizationId),
      text(data.offerOrganizationId),
      {
        counts,
        durations,
      },
    );
  }
  if (event.type === 'offer.published') {
    const openings = typeof data.openings === 'number' ? data.openings : 1;
    return spread(context.territoryId, monthOf(event.at), text(data.sector), null, text(data.offerOrganizationId), {
      counts: { offersPublished: 1, openings },
      durations: {},
    });
  }
  if (event.type === 'offer.ended') {
    const publishedAt = text(data.publishedAt);
    const measure: CountMeasure | null =
      data.status === 'filled'
        ? 'offersFilled'
        : data.status === 'expired'
          ? 'offersExpired'
          : data.status === 'closed'
            ? 'offersClosed'
            : null;
    if (!measure) return [];
    const durations: Partial<Record<DurationMeasure, number>> =
      measure === 'offersFilled' && publishedAt ? { daysToFill: days(new Date(publishedAt), event.at) } : {};
    return spread(context.territoryId, monthOf(event.at), text(data.sector), null, text(data.offerOrganizationId), {
      counts: { [measure]: 1 },
      durations,
    });
  }
  if (event.type === 'candidate.status_changed') {
    const wasActive = data.from === 'active';
    const isActive = data.to === 'active';
    if (wasActive === isActive) return [];
    return spread(context.territoryId, monthOf(event.at), null, text(data.candidateOrganizationId), null, {
      counts: isActive ? { followedEntered: 1 } : { followedLeft: 1 },
      durations: {},
    });
  }
  if (event.type === 'candidate.first_suggestion') {
    return spread(context.territoryId, monthOf(event.at), null, text(data.candidateOrganizationId), null, {
      counts: { peopleReached: 1 },
      durations: {},
    });
  }
  if (event.type === 'outcome.recorded') {
    const outcomeClass = data.outcomeClass as OutcomeClass;
    const counts: Partial<Record<CountMeasure, number>> = { outcomes: 1, [classMeasure[outcomeClass]]: 1 };
    if (isPositive(outcomeClass)) counts.positiveOutcomes = 1;
    if (data.kind === 'employment') counts.recruited = 1;
    if (data.kind === 'training') counts.trained = 1;
    const date = text(data.date);
    return spread(
      context.territoryId,
      monthOf(date ? new Date(date) : event.at),
      text(data.sector),
      text(data.candidateOrganizationId),
      text(data.employerOrganizationId),
      { counts, durations: {} },
    );
  }
  return [];
}

/** The dimensions of a fact: its territory and each organisation, each also crossed with the sector. */
function spread(
  territoryId: string | null,
  month: string,
  sector: string | null,
  organizationId: string | null,
  employerId: string | null,
  figures: Pick<CounterIncrement, 'counts' | 'durations'>,
): CounterIncrement[] {
  const bases = [
    ...(territoryId ? [`territory:${territoryId}`] : []),
    ...(organizationId ? [`org:${organizationId}`] : []),
    ...(employerId ? [`employer:${employerId}`] : []),
  ];
  const dimensions = sector ? [...bases, ...bases.map((base) => `${base}|sector:${sector}`)] : bases;
  return dimensions.map((dimension) => ({ dimension, month, ...figures }));
}
