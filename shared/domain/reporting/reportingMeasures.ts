/**
 * What the reporting counters count, per dimension (the territory, an organisation that follows
 * people, an employer, a sector, and the two crossed) and per month (Europe/Paris). The counters
 * are kept by a worker from the domain events (projectReportingEvents.ts), never by scanning.
 */
export const countMeasures = [
  'offersPublished',
  'openings',
  'offersFilled',
  'offersExpired',
  'offersClosed',
  'shortlisted',
  'proposals',
  'answers',
  'interviewRequests',
  'interviews',
  'hires',
  'outcomes',
  'positiveOutcomes',
  'lastingEmployment',
  'transitionalEmployment',
  'positiveExits',
  'otherExits',
  'noSolution',
  'recruited',
  'trained',
  /** A person's follow-up became active (profile created, or back from paused or left). */
  'followedEntered',
  /** …and stopped being (paused, left, or erased while active). */
  'followedLeft',
  /** People whose first suggestion came (each person counted once, ever: firstSuggestionEvents.ts). */
  'peopleReached',
] as const;
export type CountMeasure = (typeof countMeasures)[number];

/** Durations kept as histograms (a median needs the distribution): days to fill, days to answer. */
export const durationMeasures = ['daysToFill', 'daysToAnswer'] as const;
export type DurationMeasure = (typeof durationMeasures)[number];

/** Lower bounds of the histogram's buckets, in days: a median is read as the bucket it falls in. */
export const dayBuckets = [0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 120, 180, 365] as const;

export function dayBucket(days: number): number {
  let bucket: number = dayBuckets[0];
  for (const bound of dayBuckets) if (days >= bound) bucket = bound;
  return bucket;
}

export interface CounterIncrement {
  /** 'territory:<id>', 'org:<id>' (following people), 'employer:<id>', each alone or with '|sector:<code>'. */
  dimension: string;
  /** YYYY-MM, Europe/Paris. */
  month: string;
  counts: Partial<Record<CountMeasure, number>>;
  durations: Partial<Record<DurationMeasure, number>>;
}

export interface CounterRecord {
  dimension: string;
  month: string;
  counts: Partial<Record<CountMeasure, number>>;
  /** Days bucket (its lower bound) → how many. */
  durations: Partial<Record<DurationMeasure, Record<string, number>>>;
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' });

export function monthOf(date: Date): string {
  return monthFormat.format(date).slice(0, 7);
}

/** Every month from `from` to `to` (YYYY-MM, both included). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  while (year < toYear || (year === toYear && month <= toMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The median of a histogram of days: the lower bound of the bucket holding the middle value; null when empty. */
export function histogramMedian(histogram: Record<string, number> | undefined): number | null {
  if (!histogram) return null;
  const entries = Object.entries(histogram)
    .map(([bound, count]) => [Number(bound), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const [bound, count] of entries) {
    seen += count;
    if (seen * 2 >= total) return bound;
  }
  return null;
}
