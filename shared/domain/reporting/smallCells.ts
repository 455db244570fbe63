import type { IndicatorColumn, IndicatorTable } from './indicatorTable';

/**
 * Small-cell suppression (« secret statistique »): published figures must not let anyone single
 * out a person, so a cell that describes fewer than 5 people is written « < 5 » instead of its
 * value, the usual threshold of French public statistics. The rule, cell by cell:
 * - a count of people (`countsPeople`) from 1 to 4 is suppressed; 0 stays 0, as public statistics
 *   show zeros (nobody is revealed by « nobody »);
 * - a rate, or a median in days, computed on a population (`of`) of fewer than 5 people is
 *   suppressed, as a share or a median of so few people tells about each of them; so is a cell
 *   whose population is unknown (null), as nothing shows it is large enough;
 * - a rate whose numerator (rate × population) is from 1 to 4 people is suppressed too: with its
 *   population shown, it would give back the count the first rule hides;
 * - the population is read from the raw table, before its own cell is suppressed;
 * - counts of things (offers, messages) are not suppressed.
 * Complementary suppression (a hidden cell recomputed from a total and its siblings) is not done
 * here: tables that show totals next to their parts need it decided where they are built.
 */
export const SMALL_CELL_THRESHOLD = 5;

/** What a suppressed cell says, in every export. */
export const SUPPRESSED_CELL_TEXT = '< 5';

/** One cell as the exports write it; each format decides how a kind looks (a rate: 0.125 or « 12,5 % »). */
export type ExportCell =
  | { kind: 'text'; value: string }
  | { kind: 'count'; value: number }
  /** A share in [0, 1]. */
  | { kind: 'rate'; value: number }
  /** A whole number of days. */
  | { kind: 'days'; value: number }
  | { kind: 'suppressed'; value: typeof SUPPRESSED_CELL_TEXT }
  | { kind: 'empty'; value: null };

export interface ExportTable {
  title: string;
  filters: { label: string; value: string }[];
  columns: { key: string; label: string; kind: IndicatorColumn['kind'] }[];
  /** One cell per column, in the order of `columns`. */
  rows: ExportCell[][];
}

type RawRow = IndicatorTable['rows'][number];

const suppressed: ExportCell = { kind: 'suppressed', value: SUPPRESSED_CELL_TEXT };
const empty: ExportCell = { kind: 'empty', value: null };

export function suppressSmallCells(table: IndicatorTable): ExportTable {
  const keys = new Set(table.columns.map((column) => column.key));
  for (const column of table.columns) checkPopulationColumn(column, keys);
  return {
    title: table.title,
    filters: table.filters.map((filter) => ({ ...filter })),
    columns: table.columns.map(({ key, label, kind }) => ({ key, label, kind })),
    rows: table.rows.map((row) => table.columns.map((column) => exportCell(column, row))),
  };
}

function exportCell(column: IndicatorColumn, row: RawRow): ExportCell {
  const raw = row[column.key] ?? null;
  if (raw === null) return empty;
  if (column.kind === 'text') return { kind: 'text', value: String(raw) };
  const value = numberIn(column, raw);
  if (column.kind === 'count') return column.countsPeople && isSmall(value) ? suppressed : { kind: 'count', value };
  const days: ExportCell = { kind: 'days', value: Math.round(value) };
  // A median with no population named is published as is; a rate always names one (checked above).
  if (column.kind === 'days' && column.of === undefined) return days;
  const population = populationOf(column.of, row);
  if (population === null || population < SMALL_CELL_THRESHOLD) return suppressed;
  if (column.kind === 'days') return days;
  return isSmall(Math.round(value * population)) ? suppressed : { kind: 'rate', value };
}

/** 1 to 4: a number of people small enough to point at them; 0 reveals nobody. */
function isSmall(people: number): boolean {
  return people > 0 && people < SMALL_CELL_THRESHOLD;
}

function populationOf(key: string | undefined, row: RawRow): number | null {
  const raw = key === undefined ? null : (row[key] ?? null);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
}

function numberIn(column: IndicatorColumn, raw: string | number): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    throw new Error(`Column "${column.key}" (${column.kind}) holds a value that is not a number: ${String(raw)}`);
  }
  return raw;
}

/** A rate without its population could not be checked against the threshold: a table definition error. */
function checkPopulationColumn(column: IndicatorColumn, keys: Set<string>): void {
  if (column.kind === 'rate' && column.of === undefined) {
    throw new Error(`Rate column "${column.key}" names no population column (of)`);
  }
  if (column.of !== undefined && !keys.has(column.of)) {
    throw new Error(`Column "${column.key}" is computed on "${column.of}", which the table does not have`);
  }
}
