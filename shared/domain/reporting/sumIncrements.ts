import { dayBucket, type CounterIncrement, type CounterRecord } from './reportingMeasures';

/**
 * Pure: the increments of many events summed per dimension and month, durations as histograms of
 * day buckets, so that a batch writes each counter once.
 */
export function sumIncrements(increments: readonly CounterIncrement[]): CounterRecord[] {
  const sums = new Map<string, CounterRecord>();
  for (const increment of increments) {
    const key = `${increment.dimension}#${increment.month}`;
    const sum = sums.get(key) ?? { dimension: increment.dimension, month: increment.month, counts: {}, durations: {} };
    for (const [measure, value] of Object.entries(increment.counts) as [keyof CounterRecord['counts'], number][]) {
      sum.counts[measure] = (sum.counts[measure] ?? 0) + value;
    }
    for (const [measure, days] of Object.entries(increment.durations) as [keyof CounterRecord['durations'], number][]) {
      const histogram = (sum.durations[measure] ??= {});
      const bucket = String(dayBucket(days));
      histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    }
    sums.set(key, sum);
  }
  return [...sums.values()];
}
