import { formatCount, formatMonth, formatRate } from './format';
import type { FunnelStep } from './labels';

/** One line of the trend chart: a measure's value per month. */
export interface TrendSeries {
  label: string;
  values: number[];
}

/** What a screen reader hears for the funnel chart: each step with its count and its drop. */
export function funnelSummary(steps: readonly FunnelStep[]): string {
  const parts = steps.map((step) => {
    const drop = step.dropFromPrevious === null ? '' : ` (perte de ${formatRate(step.dropFromPrevious)})`;
    return `${step.label} : ${formatCount(step.count)}${drop}`;
  });
  return `Parcours des candidatures, en barres horizontales. ${parts.join(' ; ')}.`;
}

/** What a screen reader hears for the trend chart: the period and each measure's total. */
export function trendSummary(labels: readonly string[], series: readonly TrendSeries[]): string {
  const first = labels[0];
  const last = labels[labels.length - 1];
  if (!first || !last) return 'Évolution par mois : aucune donnée.';
  const totals = series.map(
    (one) => `${one.label} : ${formatCount(one.values.reduce((sum, value) => sum + value, 0))} au total`,
  );
  const period = first === last ? formatMonth(first) : `de ${formatMonth(first)} à ${formatMonth(last)}`;
  return `Évolution par mois ${period}, en courbes. ${totals.join(' ; ')}. Le détail est dans le tableau qui suit.`;
}
