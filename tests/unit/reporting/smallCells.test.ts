import type { IndicatorColumn, IndicatorTable } from '../../../shared/domain/reporting/indicatorTable';
import { suppressSmallCells, type ExportCell } from '../../../shared/domain/reporting/smallCells';

const columns: IndicatorColumn[] = [
  { key: 'sector', label: 'Secteur', kind: 'text' },
  { key: 'suggested', label: 'Personnes suggérées', kind: 'count', countsPeople: true },
  { key: 'hired', label: 'Personnes embauchées', kind: 'count', countsPeople: true },
  { key: 'hiringRate', label: 'Taux d’embauche', kind: 'rate', of: 'suggested' },
  { key: 'offers', label: 'Offres publiées', kind: 'count' },
  { key: 'medianDays', label: 'Délai médian (jours)', kind: 'days', of: 'hired' },
];

const tableOf = (rows: IndicatorTable['rows'], tableColumns = columns): IndicatorTable => ({
  title: 'Parcours de la suggestion à l’embauche',
  filters: [{ label: 'Période', value: 'janvier 2026' }],
  columns: tableColumns,
  rows,
});

/** The exported cells of one row, by column key, to read the assertions column by column. */
function exportedRow(row: IndicatorTable['rows'][number]): Record<string, ExportCell | undefined> {
  const exported = suppressSmallCells(tableOf([row]));
  const cells = exported.rows[0] ?? [];
  return Object.fromEntries(exported.columns.map((column, index) => [column.key, cells[index]]));
}

const suppressed = { kind: 'suppressed', value: '< 5' };

describe('small-cell suppression (secret statistique, threshold 5)', () => {
  it('writes « < 5 » for a count of 1 to 4 people, and keeps 0 and 5', () => {
    const counts = [0, 1, 4, 5].map((hired) => exportedRow({ suggested: 40, hired }).hired);

    expect(counts).toEqual([{ kind: 'count', value: 0 }, suppressed, suppressed, { kind: 'count', value: 5 }]);
  });

  it('keeps a small count of things that are not people', () => {
    expect(exportedRow({ offers: 3 }).offers).toEqual({ kind: 'count', value: 3 });
  });

  it('suppresses a rate computed on fewer than 5 people, reading the population before its own suppression', () => {
    const row = exportedRow({ suggested: 4, hired: 0, hiringRate: 0 });

    expect(row.suggested).toEqual(suppressed);
    expect(row.hiringRate).toEqual(suppressed);
  });

  it('keeps, as a share in [0, 1], a rate on at least 5 people whose numerator is 0 or at least 5', () => {
    expect(exportedRow({ suggested: 5, hiringRate: 1 }).hiringRate).toEqual({ kind: 'rate', value: 1 });
    expect(exportedRow({ suggested: 20, hiringRate: 0 }).hiringRate).toEqual({ kind: 'rate', value: 0 });
    expect(exportedRow({ suggested: 40, hiringRate: 0.125 }).hiringRate).toEqual({ kind: 'rate', value: 0.125 });
  });

  it('suppresses a rate whose numerator is 1 to 4 people, which its shown population would give back', () => {
    const row = exportedRow({ suggested: 20, hired: 3, hiringRate: 0.15 });

    expect(row.suggested).toEqual({ kind: 'count', value: 20 });
    expect(row.hired).toEqual(suppressed);
    expect(row.hiringRate).toEqual(suppressed);
  });

  it('suppresses a rate whose population is unknown, as nothing shows it is large enough', () => {
    expect(exportedRow({ suggested: null, hiringRate: 0.5 }).hiringRate).toEqual(suppressed);
  });

  it('writes a median in days as a whole number, suppressed when computed on fewer than 5 people', () => {
    expect(exportedRow({ hired: 12, medianDays: 17.5 }).medianDays).toEqual({ kind: 'days', value: 18 });
    expect(exportedRow({ hired: 3, medianDays: 17 }).medianDays).toEqual(suppressed);
    const withoutPopulation = suppressSmallCells(
      tableOf([{ days: 9.4 }], [{ key: 'days', label: 'Délai médian (jours)', kind: 'days' }]),
    );
    expect(withoutPopulation.rows).toEqual([[{ kind: 'days', value: 9 }]]);
  });

  it('leaves null and missing values empty, before any suppression', () => {
    const row = exportedRow({ sector: null, suggested: 3, hiringRate: null });

    expect(row.sector).toEqual({ kind: 'empty', value: null });
    expect(row.hiringRate).toEqual({ kind: 'empty', value: null });
    expect(row.offers).toEqual({ kind: 'empty', value: null });
  });

  it('writes text as text, numbers included', () => {
    expect(exportedRow({ sector: 'Transport et logistique' }).sector).toEqual({
      kind: 'text',
      value: 'Transport et logistique',
    });
    expect(exportedRow({ sector: 2026 }).sector).toEqual({ kind: 'text', value: '2026' });
  });

  it('carries the title, the filters and the columns in order, one cell per column in every row', () => {
    const exported = suppressSmallCells(tableOf([{ sector: 'Propreté' }, { sector: 'Restauration' }]));

    expect(exported.title).toBe('Parcours de la suggestion à l’embauche');
    expect(exported.filters).toEqual([{ label: 'Période', value: 'janvier 2026' }]);
    expect(exported.columns.map((column) => [column.label, column.kind])).toEqual(
      columns.map((column) => [column.label, column.kind]),
    );
    expect(exported.rows.map((row) => row.length)).toEqual([columns.length, columns.length]);
  });

  it('refuses a rate with no population or an unknown one, and a figure that is not a number', () => {
    const rate = (of?: string): IndicatorColumn => ({
      key: 'rate',
      label: 'Taux',
      kind: 'rate',
      ...(of ? { of } : {}),
    });

    expect(() => suppressSmallCells(tableOf([], [rate()]))).toThrow(/names no population column/);
    expect(() => suppressSmallCells(tableOf([], [rate('nowhere')]))).toThrow(/does not have/);
    expect(() => exportedRow({ suggested: '12' })).toThrow(/not a number/);
    expect(() => exportedRow({ suggested: Number.NaN })).toThrow(/not a number/);
  });
});
