/**
 * One table of figures as every export writes it (CSV, XLSX) and the dashboards show it: French
 * title and headers, the filters applied, and rows of values. Aggregate figures only: no row
 * names a person.
 */
export interface IndicatorColumn {
  key: string;
  /** French header. */
  label: string;
  /**
   * text: a label (a month, a sector, an organisation); count: a number of people or things;
   * rate: a share in [0, 1] of `of` (another column's key, the people it is computed on);
   * days: a duration in days (a median).
   */
  kind: 'text' | 'count' | 'rate' | 'days';
  /** For counts: the cell counts people, so that fewer than 5 is suppressed (small-cell rule). */
  countsPeople?: boolean;
  /** For rates: the column holding its denominator. */
  of?: string;
}

export interface IndicatorTable {
  /** French, e.g. « Parcours de la suggestion à l’embauche ». */
  title: string;
  /** The filters applied, in French, written at the top of every export. */
  filters: { label: string; value: string }[];
  columns: IndicatorColumn[];
  rows: Record<string, string | number | null>[];
}
