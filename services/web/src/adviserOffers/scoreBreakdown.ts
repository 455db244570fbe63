import type { components } from '../api/schema';

export type CriterionScore = components['schemas']['OfferSuggestions']['items'][number]['breakdown'][number];
export type Criterion = CriterionScore['criterion'];

/** The criteria of a score in the words an adviser reads (matchingWeights.ts says how each is computed). */
export const criterionLabels: Record<Criterion, string> = {
  desiredJob: 'Métier recherché',
  skills: 'Compétences',
  experience: 'Expérience',
  qualification: 'Qualification',
  distance: 'Distance',
  textRelevance: 'Mots en commun',
  waiting: 'Temps d’attente',
};

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function points(value: number): string {
  return decimal.format(value);
}

export interface BreakdownBar {
  criterion: Criterion;
  label: string;
  /** How much of the criterion is met, 0–100, for the bar's fill. */
  percent: number;
  /** The criterion's share of the 100 points, for the bar's length: a heavy criterion has a long track. */
  weightPercent: number;
  /** "28 / 35". */
  figures: string;
  /** The whole line as a screen reader says it. */
  spoken: string;
  explanation: string;
}

/** One bar per criterion, in the API's order; the track's length is the criterion's weight. */
export function breakdownBars(breakdown: readonly CriterionScore[]): BreakdownBar[] {
  const heaviest = Math.max(1, ...breakdown.map((part) => part.weight));
  return breakdown.map((part) => {
    const percent = Math.round(Math.min(1, Math.max(0, part.value)) * 100);
    const label = criterionLabels[part.criterion];
    return {
      criterion: part.criterion,
      label,
      percent,
      weightPercent: Math.round((part.weight / heaviest) * 100),
      figures: `${points(part.points)} / ${points(part.weight)}`,
      spoken: `${label} : ${points(part.points)} points sur ${points(part.weight)} (${percent} %)`,
      explanation: part.explanation,
    };
  });
}

/** A score's word: how an adviser reads 0–100 at a glance (the figure stays next to it). */
export function scoreSeverity(score: number): 'success' | 'info' | 'warning' {
  return score >= 70 ? 'success' : score >= 40 ? 'info' : 'warning';
}
