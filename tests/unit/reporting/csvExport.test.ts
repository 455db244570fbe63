import { parse } from 'csv-parse/sync';
import { toCsv } from '../../../shared/adapters/reporting/csvExport';
import type { IndicatorTable } from '../../../shared/domain/reporting/indicatorTable';

const table: IndicatorTable = {
  title: 'Parcours de la suggestion à l’embauche',
  filters: [
    { label: 'Période', value: 'janvier 2026' },
    { label: 'Secteurs', value: 'Transport; logistique' },
  ],
  columns: [
    { key: 'sector', label: 'Secteur', kind: 'text' },
    { key: 'suggested', label: 'Personnes suggérées', kind: 'count', countsPeople: true },
    { key: 'hired', label: 'Personnes embauchées', kind: 'count', countsPeople: true },
    { key: 'hiringRate', label: 'Taux d’embauche', kind: 'rate', of: 'suggested' },
    { key: 'medianDays', label: 'Délai médian (jours)', kind: 'days', of: 'hired' },
  ],
  rows: [
    { sector: 'Transport et logistique', suggested: 1234, hired: 154, hiringRate: 0.1248, medianDays: 17.4 },
    { sector: 'Hôtellerie; restauration "HCR"', suggested: 20, hired: 3, hiringRate: 0.15, medianDays: 9 },
    { sector: 'Propreté', suggested: 4, hired: 0, hiringRate: 0, medianDays: null },
    { sector: '=HYPERLINK("http://example.test")', suggested: 30, hired: 10, hiringRate: 1 / 3, medianDays: 21 },
  ],
};

/** The records of the file, the BOM removed; the header block ends at the first empty line. */
function readBack(csv: string): { headerBlock: string[][]; records: string[][] } {
  const all = parse(csv, { delimiter: ';', bom: true, relax_column_count: true });
  const blank = all.findIndex((record) => record.length === 1 && record[0] === '');
  return { headerBlock: all.slice(0, blank), records: all.slice(blank + 1) };
}

/** « 12,5 % » → 0.125, « 1234 » → 1234: the French writing read back as the number it stands for. */
function frenchNumber(text: string): number {
  const percent = text.endsWith(' %');
  const value = Number(text.replace(' %', '').replace(',', '.'));
  return percent ? value / 100 : value;
}

describe('CSV export of an indicator table', () => {
  const csv = toCsv(table);

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the title, one line « Filtre : valeur » per filter, then an empty line', () => {
    const { headerBlock } = readBack(csv);

    expect(headerBlock).toEqual([
      ['Parcours de la suggestion à l’embauche'],
      ['Période : janvier 2026'],
      ['Secteurs : Transport; logistique'],
    ]);
    expect(csv.split('\r\n')[3]).toBe('');
  });

  it('writes the French headers, then every row with its figures and « < 5 » where suppressed', () => {
    const { records } = readBack(csv);

    expect(records[0]).toEqual(table.columns.map((column) => column.label));
    expect(records.slice(1)).toEqual([
      ['Transport et logistique', '1234', '154', '12,5 %', '17'],
      ['Hôtellerie; restauration "HCR"', '20', '< 5', '< 5', '< 5'],
      ['Propreté', '< 5', '0', '< 5', ''],
      ['\'=HYPERLINK("http://example.test")', '30', '10', '33,3 %', '21'],
    ]);
  });

  it('writes figures that read back as the table’s numbers: rates to a tenth of a percent, days whole', () => {
    const { records } = readBack(csv);
    const tolerance = { text: 0, count: 0, rate: 0.0005, days: 0.5 };

    const shown = records.slice(1).flatMap((record, rowIndex) =>
      table.columns.map((column, index) => ({
        column,
        raw: table.rows[rowIndex]?.[column.key],
        text: record[index],
      })),
    );
    const figures = shown.filter(({ column, text }) => column.kind !== 'text' && text !== '< 5' && text !== '');
    expect(figures).toHaveLength(10);
    for (const { column, raw, text } of figures) {
      expect(Math.abs(frenchNumber(text ?? '') - Number(raw))).toBeLessThanOrEqual(tolerance[column.kind]);
    }
  });

  it('quotes a value holding the separator or a double quote, doubling the quote (RFC 4180)', () => {
    expect(csv).toContain('\r\n"Hôtellerie; restauration ""HCR""";20;< 5;< 5;< 5\r\n');
    expect(csv).toContain('\r\n"Secteurs : Transport; logistique"\r\n');
  });

  it('defuses a label that a spreadsheet would run as a formula', () => {
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://example.test"")";30;10;33,3 %;21\r\n');
  });

  it('writes a decimal comma in a figure that is not whole', () => {
    const withDecimals = toCsv({
      title: 'Moyennes',
      filters: [],
      columns: [{ key: 'average', label: 'Offres par employeur', kind: 'count' }],
      rows: [{ average: 2.75 }],
    });

    expect(withDecimals).toBe('\uFEFFMoyennes\r\n\r\nOffres par employeur\r\n2,75\r\n');
  });
});
