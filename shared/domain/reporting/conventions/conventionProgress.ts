import type { ConventionActuals } from '../../../ports/ConventionFigures';
import {
  conventionTargetLabels,
  isCountTarget,
  type Convention,
  type ConventionPeriod,
  type ConventionTarget,
  type ConventionTargetKind,
  type CountTargetKind,
} from './convention';
import { countExplanation, rateExplanation } from './conventionProgressText';
import { behindTolerance, minimumPeopleForRate, type ConventionStatus } from './conventionStatus';

export interface TargetProgress {
  kind: ConventionTargetKind;
  label: string;
  target: number;
  /** A count, or the rate in [0, 1]; null when there is no figure (no events, nobody with an outcome). */
  actual: number | null;
  /** For the rate: the people with an outcome it is computed on; null for counts. */
  outOf: number | null;
  /** Where the convention should be now: the target × elapsed share for counts (to 0.1), the target for the rate. */
  expectedNow: number;
  /** actual ÷ target (to 0.001), above 1 when exceeded; null without a figure. */
  shareReached: number | null;
  status: ConventionStatus;
  /** One French sentence for the dashboard. */
  explanation: string;
}

export interface ConventionProgress {
  status: ConventionStatus;
  /** Share of the period elapsed, in [0, 1]. */
  elapsedShare: number;
  targets: TargetProgress[];
}

const dayMs = 24 * 3600 * 1000;

/** The period as instants: `to` is a whole day, so the period ends at the next midnight (UTC). */
export function periodBounds(period: ConventionPeriod): { start: number; end: number } {
  return { start: period.from.getTime(), end: period.to.getTime() + dayMs };
}

interface Timing {
  started: boolean;
  ended: boolean;
  elapsedShare: number;
  period: ConventionPeriod;
}

function timingAt(period: ConventionPeriod, now: Date): Timing {
  const { start, end } = periodBounds(period);
  const at = now.getTime();
  const elapsedShare = Math.min(1, Math.max(0, (at - start) / (end - start)));
  return { started: at >= start, ended: at >= end, elapsedShare, period };
}

export function conventionProgress(
  convention: Pick<Convention, 'period' | 'targets'>,
  actuals: ConventionActuals,
  now: Date,
): ConventionProgress {
  const timing = timingAt(convention.period, now);
  const targets = convention.targets.map((target) => targetProgress(target, actuals, timing));
  return {
    status: overallStatus(
      targets.map((target) => target.status),
      timing.started,
    ),
    elapsedShare: timing.elapsedShare,
    targets,
  };
}

function targetProgress(target: ConventionTarget, actuals: ConventionActuals, timing: Timing): TargetProgress {
  const { kind } = target;
  return isCountTarget(kind)
    ? countProgress(kind, target.value, countOf(kind, actuals), timing)
    : rateProgress(target.value, actuals, timing);
}

function countOf(kind: CountTargetKind, actuals: ConventionActuals): number | null {
  switch (kind) {
    case 'recruited':
      return actuals.recruited;
    case 'trained':
      return actuals.trained;
    case 'recruited_or_trained':
      return actuals.recruited + actuals.trained;
    case 'event_participants':
      return actuals.eventParticipants;
  }
}

function countProgress(kind: CountTargetKind, target: number, actual: number | null, timing: Timing): TargetProgress {
  const expected = target * timing.elapsedShare;
  const status = countStatus(target, actual, expected, timing);
  return {
    kind,
    label: conventionTargetLabels[kind],
    target,
    actual,
    outOf: null,
    expectedNow: roundTo(expected, 1),
    shareReached: actual === null ? null : roundTo(actual / target, 3),
    status,
    explanation: countExplanation({ kind, target, actual, expected, status, period: timing.period }),
  };
}

function countStatus(target: number, actual: number | null, expected: number, timing: Timing): ConventionStatus {
  if (!timing.started) return 'not_started';
  if (actual === null) return 'unmeasured';
  if (actual >= target) return 'met';
  if (timing.ended) return 'missed';
  const tolerance = Math.max(expected * behindTolerance.share, behindTolerance.people);
  return actual < expected - tolerance ? 'behind' : 'on_track';
}

/** Rates are compared with this margin so that 9 of 10 meets a 0.9 target whatever the float rounding. */
const rateEpsilon = 1e-9;

function rateProgress(target: number, actuals: ConventionActuals, timing: Timing): TargetProgress {
  const outOf = actuals.peopleWithOutcome;
  const actual = outOf > 0 ? actuals.positiveOutcomes / outOf : null;
  const reached = actual !== null && actual + rateEpsilon >= target;
  const status: ConventionStatus = !timing.started
    ? 'not_started'
    : timing.ended
      ? reached
        ? 'met'
        : 'missed'
      : outOf >= minimumPeopleForRate && !reached
        ? 'behind'
        : 'on_track';
  return {
    kind: 'positive_outcome_rate',
    label: conventionTargetLabels.positive_outcome_rate,
    target,
    actual,
    outOf,
    expectedNow: target,
    shareReached: actual === null ? null : roundTo(actual / target, 3),
    status,
    explanation: rateExplanation({
      target,
      actual,
      outOf,
      positive: actuals.positiveOutcomes,
      status,
      period: timing.period,
    }),
  };
}

/** Behind when any target is; once ended, missed when any is; met when every measured target is. */
function overallStatus(statuses: ConventionStatus[], started: boolean): ConventionStatus {
  if (!started) return 'not_started';
  if (statuses.includes('behind')) return 'behind';
  if (statuses.includes('missed')) return 'missed';
  const measured = statuses.filter((status) => status !== 'unmeasured');
  if (measured.length === 0) return 'unmeasured';
  return measured.every((status) => status === 'met') ? 'met' : 'on_track';
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
