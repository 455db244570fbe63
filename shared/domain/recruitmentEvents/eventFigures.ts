import type { Outcome } from '../reporting/outcomes/outcome';
import type { Match } from '../pipeline/match';
import type { EventInvitation } from './eventInvitation';

/** Within this long after the event, a hire or an entry into training counts as its outcome. */
export const outcomeWindowMonths = 3;

export interface EventFigures {
  invited: number;
  registered: number;
  waitlisted: number;
  declined: number;
  attended: number;
  noShows: number;
  walkIns: number;
  /** People who attended and were asked for an interview for an offer of the event after it began. */
  interviews: number;
  hires: number;
  trainings: number;
  positiveOutcomes: number;
  /** Shares in [0, 1]; null when the base is 0. */
  rates: {
    registration: number | null;
    attendance: number | null;
    interview: number | null;
    positiveOutcome: number | null;
  };
}

export interface FigureInputs {
  startsAt: Date;
  invitations: readonly EventInvitation[];
  /** The matches of the event's offers (those of attendees count). */
  matches: readonly Pick<Match, 'candidateId' | 'offerId' | 'history'>[];
  /** The outcomes of the attendees. */
  outcomes: readonly Pick<Outcome, 'candidateId' | 'kind' | 'date'>[];
}

const interviewSteps = new Set<string>(['request_interview', 'schedule_interview']);

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

function windowEnd(startsAt: Date): Date {
  const end = new Date(startsAt);
  end.setUTCMonth(end.getUTCMonth() + outcomeWindowMonths);
  return end;
}

/**
 * Pure: the funnel of one event. Registered counts everyone who said yes (and those invited who
 * came without answering), attended everyone checked in (walk-ins too), the attendance rate the
 * invited who came among the registered; an interview or an outcome counts once per
 * person, within three months of the event's start.
 */
export function eventFigures(inputs: FigureInputs): EventFigures {
  const { invitations } = inputs;
  const count = (keep: (item: EventInvitation) => boolean) => invitations.filter(keep).length;
  const invited = count((item) => item.channel !== 'walk_in');
  const attendees = new Set(invitations.filter((item) => item.status === 'attended').map((item) => item.candidateId));
  const noShows = count((item) => item.status === 'no_show');
  const cameInvited = attendeesInvited(invitations);
  const registered = count((item) => item.status === 'registered') + cameInvited + noShows;
  const from = inputs.startsAt.getTime();
  const until = windowEnd(inputs.startsAt).getTime();
  const within = (at: Date) => at.getTime() >= from && at.getTime() <= until;

  const interviewed = new Set(
    inputs.matches
      .filter((match) => attendees.has(match.candidateId))
      .filter((match) => match.history.some((step) => interviewSteps.has(step.action) && within(step.at)))
      .map((match) => match.candidateId),
  );
  const outcomesOf = (kind: Outcome['kind']) =>
    new Set(
      inputs.outcomes
        .filter((item) => item.kind === kind && attendees.has(item.candidateId) && within(item.date))
        .map((item) => item.candidateId),
    );
  const hired = outcomesOf('employment');
  const trained = outcomesOf('training');
  const positive = new Set([...hired, ...trained]);
  return {
    invited,
    registered,
    waitlisted: count((item) => item.status === 'waitlisted'),
    declined: count((item) => item.status === 'declined'),
    attended: attendees.size,
    noShows,
    walkIns: count((item) => item.channel === 'walk_in'),
    interviews: interviewed.size,
    hires: hired.size,
    trainings: trained.size,
    positiveOutcomes: positive.size,
    rates: {
      registration: rate(registered, invited),
      attendance: rate(cameInvited, registered),
      interview: rate(interviewed.size, attendees.size),
      positiveOutcome: rate(positive.size, attendees.size),
    },
  };
}

/** Attendees who had been invited (and so had said yes, or came anyway): a walk-in never registered. */
function attendeesInvited(invitations: readonly EventInvitation[]): number {
  return invitations.filter((item) => item.status === 'attended' && item.channel !== 'walk_in').length;
}

/** The sum of several events' figures (a campaign, an employer's, a sector's), rates computed again. */
export function sumFigures(all: readonly EventFigures[]): EventFigures {
  const keys = [
    'invited',
    'registered',
    'waitlisted',
    'declined',
    'attended',
    'noShows',
    'walkIns',
    'interviews',
    'hires',
    'trainings',
    'positiveOutcomes',
  ] as const;
  const total = Object.fromEntries(
    keys.map((key) => [key, all.reduce((sum, figures) => sum + figures[key], 0)]),
  ) as Record<(typeof keys)[number], number>;
  return {
    ...total,
    rates: {
      registration: rate(total.registered, total.invited),
      attendance: rate(total.attended - total.walkIns, total.registered),
      interview: rate(total.interviews, total.attended),
      positiveOutcome: rate(total.positiveOutcomes, total.attended),
    },
  };
}
