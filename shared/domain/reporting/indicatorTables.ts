import type { IndicatorColumn, IndicatorTable } from './indicatorTable';
import type { FunnelStep, IndicatorRow } from './indicatorRows';

/** The columns of the indicators table, in the order of the dashboard, with their French headers. */
const indicatorColumns: (IndicatorColumn & { key: keyof IndicatorRow })[] = [
  { key: 'peopleFollowed', label: 'Personnes suivies (en fin de période)', kind: 'count', countsPeople: true },
  {
    key: 'peopleWithSuggestion',
    label: 'Personnes ayant reçu une suggestion (en fin de période)',
    kind: 'count',
    countsPeople: true,
  },
  { key: 'peopleReached', label: 'Premières suggestions', kind: 'count', countsPeople: true },
  { key: 'offersPublished', label: 'Offres publiées', kind: 'count' },
  { key: 'openings', label: 'Postes ouverts', kind: 'count' },
  { key: 'offersFilled', label: 'Offres pourvues', kind: 'count' },
  { key: 'offersExpired', label: 'Offres expirées', kind: 'count' },
  { key: 'medianDaysToFill', label: 'Délai médian de pourvoi (jours)', kind: 'days', of: 'offersFilled' },
  { key: 'shortlisted', label: 'Personnes retenues', kind: 'count', countsPeople: true },
  { key: 'proposals', label: 'Propositions', kind: 'count', countsPeople: true },
  { key: 'answers', label: 'Réponses des employeurs', kind: 'count', countsPeople: true },
  { key: 'answerRate', label: 'Taux de réponse', kind: 'rate', of: 'proposals' },
  { key: 'medianDaysToAnswer', label: 'Délai médian de réponse (jours)', kind: 'days', of: 'answers' },
  { key: 'interviews', label: 'Entretiens', kind: 'count', countsPeople: true },
  { key: 'hires', label: 'Embauches', kind: 'count', countsPeople: true },
  { key: 'outcomes', label: 'Sorties enregistrées', kind: 'count', countsPeople: true },
  { key: 'lastingEmployment', label: 'Emploi durable', kind: 'count', countsPeople: true },
  { key: 'transitionalEmployment', label: 'Emploi de transition', kind: 'count', countsPeople: true },
  { key: 'positiveExits', label: 'Sorties positives', kind: 'count', countsPeople: true },
  { key: 'otherExits', label: 'Autres sorties', kind: 'count', countsPeople: true },
  { key: 'noSolution', label: 'Sans solution', kind: 'count', countsPeople: true },
  { key: 'positiveOutcomeRate', label: 'Taux de sorties positives', kind: 'rate', of: 'outcomes' },
];

export interface LabelledRow {
  /** What the row is: a month (« 2026-11 »), a sector's label, or « Total ». */
  label: string;
  figures: IndicatorRow;
}

export function indicatorsTable(
  title: string,
  firstColumn: string,
  rows: readonly LabelledRow[],
  filters: IndicatorTable['filters'],
): IndicatorTable {
  return {
    title,
    filters,
    columns: [{ key: 'label', label: firstColumn, kind: 'text' }, ...indicatorColumns],
    rows: rows.map((row) => ({
      label: row.label,
      ...Object.fromEntries(indicatorColumns.map((column) => [column.key, row.figures[column.key]])),
    })),
  };
}

export function funnelTable(steps: readonly FunnelStep[], filters: IndicatorTable['filters']): IndicatorTable {
  return {
    title: 'Parcours de la sélection à l’embauche',
    filters,
    columns: [
      { key: 'label', label: 'Étape', kind: 'text' },
      { key: 'count', label: 'Personnes', kind: 'count', countsPeople: true },
      { key: 'dropFromPrevious', label: 'Perte depuis l’étape précédente', kind: 'rate', of: 'previous' },
      { key: 'previous', label: 'Personnes à l’étape précédente', kind: 'count', countsPeople: true },
    ],
    rows: steps.map((step, index) => ({
      label: step.label,
      count: step.count,
      dropFromPrevious: step.dropFromPrevious,
      previous: index > 0 ? (steps[index - 1]?.count ?? null) : null,
    })),
  };
}
