import {
  countMeasures,
  histogramMedian,
  type CountMeasure,
  type CounterRecord,
  type DurationMeasure,
} from './reportingMeasures';

/** The figures of one row of a dashboard: every count, the medians, and the rates derived. */
export type IndicatorRow = Record<CountMeasure, number> & {
  /** Median days from publication to filled, by the histogram's buckets; null: none filled. */
  medianDaysToFill: number | null;
  /** Median days from a proposal to the employer's first answer; null: no answer. */
  medianDaysToAnswer: number | null;
  /** Answers / proposals; null without proposals. */
  answerRate: number | null;
  /** Positive outcomes / outcomes; null without outcomes. */
  positiveOutcomeRate: number | null;
} & PeopleStocks;

/**
 * Figures at the end of a period rather than over it, for the people a structure or territory
 * follows; null where people are not counted (an employer's offers, a sector's row).
 */
export interface PeopleStocks {
  /** People whose follow-up is active at the end of the period. */
  peopleFollowed: number | null;
  /** People who have had at least one suggestion by the end of the period. */
  peopleWithSuggestion: number | null;
}

const noStocks: PeopleStocks = { peopleFollowed: null, peopleWithSuggestion: null };

/** Pure: the people stocks at the end of `month`, from every month of a dimension up to it. */
export function peopleStocksAt(history: readonly CounterRecord[], month: string): PeopleStocks {
  let followed = 0;
  let reached = 0;
  for (const record of history) {
    if (record.month > month) continue;
    followed += (record.counts.followedEntered ?? 0) - (record.counts.followedLeft ?? 0);
    reached += record.counts.peopleReached ?? 0;
  }
  return { peopleFollowed: Math.max(0, followed), peopleWithSuggestion: reached };
}

export interface FunnelStep {
  step: 'shortlisted' | 'proposals' | 'interviewRequests' | 'interviews' | 'hires';
  label: string;
  count: number;
  /** Share lost since the previous step; null for the first or after an empty step. */
  dropFromPrevious: number | null;
}

const funnelSteps: { step: FunnelStep['step']; label: string }[] = [
  { step: 'shortlisted', label: 'Retenues par un conseiller' },
  { step: 'proposals', label: 'Proposées à l’employeur' },
  { step: 'interviewRequests', label: 'Entretien demandé' },
  { step: 'interviews', label: 'Entretien planifié' },
  { step: 'hires', label: 'Embauchées' },
];

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Pure: the sum of counter records (any dimensions, any months) as one row, with the stocks at its end if known. */
export function indicatorRow(records: readonly CounterRecord[], stocks: PeopleStocks = noStocks): IndicatorRow {
  const counts = Object.fromEntries(countMeasures.map((measure) => [measure, 0])) as Record<CountMeasure, number>;
  const durations: Record<DurationMeasure, Record<string, number>> = { daysToFill: {}, daysToAnswer: {} };
  for (const record of records) {
    for (const measure of countMeasures) counts[measure] += record.counts[measure] ?? 0;
    for (const measure of ['daysToFill', 'daysToAnswer'] as const) {
      for (const [bucket, count] of Object.entries(record.durations[measure] ?? {})) {
        durations[measure][bucket] = (durations[measure][bucket] ?? 0) + count;
      }
    }
  }
  return {
    ...counts,
    medianDaysToFill: histogramMedian(durations.daysToFill),
    medianDaysToAnswer: histogramMedian(durations.daysToAnswer),
    answerRate: ratio(counts.answers, counts.proposals),
    positiveOutcomeRate: ratio(counts.positiveOutcomes, counts.outcomes),
    ...stocks,
  };
}

/** From a person retained by an adviser to a hire, with the share lost at each step. */
export function funnelOf(row: IndicatorRow): FunnelStep[] {
  return funnelSteps.map(({ step, label }, index) => {
    const previous = index > 0 ? row[funnelSteps[index - 1]?.step ?? step] : 0;
    return {
      step,
      label,
      count: row[step],
      dropFromPrevious: index > 0 && previous > 0 ? Math.max(0, 1 - row[step] / previous) : null,
    };
  });
}
