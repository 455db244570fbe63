import ExcelJS from 'exceljs';
import { toXlsx } from '../../../shared/adapters/reporting/xlsxExport';
import type { IndicatorTable } from '../../../shared/domain/reporting/indicatorTable';

const table: IndicatorTable = {
  title: 'Parcours de la suggestion à l’embauche : janvier/février [2026]',
  filters: [
    { label: 'Période', value: 'janvier 2026' },
    { label: 'Organisation', value: 'Toutes' },
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
    { sector: 'Hôtellerie et restauration', suggested: 20, hired: 3, hiringRate: 0.15, medianDays: 9 },
    { sector: 'Propreté', suggested: 4, hired: 0, hiringRate: 0, medianDays: null },
    { sector: 'Services à la personne', suggested: 30, hired: 10, hiringRate: 1 / 3, medianDays: 21 },
  ],
};

async function reopened(source: IndicatorTable): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a copy of the Node Buffer's bytes is one.
  await workbook.xlsx.load(new Uint8Array(await toXlsx(source)).buffer);
  expect(workbook.creator).toBe('Passerelle');
  expect(workbook.worksheets).toHaveLength(1);
  const [sheet] = workbook.worksheets;
  if (sheet === undefined) throw new Error('the workbook has no worksheet');
  return sheet;
}

const values = (row: ExcelJS.Row, count: number) =>
  Array.from({ length: count }, (_, index) => row.getCell(index + 1).value);

describe('XLSX export of an indicator table', () => {
  let sheet: ExcelJS.Worksheet;
  const headerRow = 5;
  beforeAll(async () => {
    sheet = await reopened(table);
  });

  it('names the worksheet from the title, within 31 characters and without the characters Excel refuses', () => {
    expect(sheet.name).toBe('Parcours de la suggestion à l’e');
    expect(sheet.name).toHaveLength(31);
  });

  it('writes the title in bold in A1, the filters below, then an empty row', () => {
    expect(sheet.getCell('A1').value).toBe(table.title);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect([sheet.getCell('A2').value, sheet.getCell('A3').value]).toEqual([
      'Période : janvier 2026',
      'Organisation : Toutes',
    ]);
    expect(values(sheet.getRow(4), table.columns.length).every((value) => value === null)).toBe(true);
  });

  it('writes the French headers in bold white on DSFR blue, frozen under the header', () => {
    const header = sheet.getRow(headerRow);

    expect(values(header, table.columns.length)).toEqual(table.columns.map((column) => column.label));
    header.eachCell((cell) => {
      expect(cell.font?.bold).toBe(true);
      expect(cell.font?.color?.argb).toBe('FFFFFFFF');
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF000091' } });
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  });

  it('holds the table’s numbers, and « < 5 » right-aligned where a cell is suppressed', () => {
    const rows = table.rows.map((_, index) => values(sheet.getRow(headerRow + 1 + index), table.columns.length));

    expect(rows).toEqual([
      ['Transport et logistique', 1234, 154, 0.1248, 17],
      ['Hôtellerie et restauration', 20, '< 5', '< 5', '< 5'],
      ['Propreté', '< 5', 0, '< 5', null],
      ['Services à la personne', 30, 10, 1 / 3, 21],
    ]);
    expect(sheet.getCell(`C${headerRow + 2}`).alignment?.horizontal).toBe('right');
    expect(sheet.rowCount).toBe(headerRow + table.rows.length);
  });

  it('formats rates as percentages with one decimal, and keeps them as shares in [0, 1]', () => {
    const rate = sheet.getCell(`D${headerRow + 1}`);

    expect(rate.numFmt).toBe('0.0 %');
    expect(rate.value).toBe(0.1248);
  });

  it('fits each column to its header and cells', () => {
    const widths = table.columns.map((_, index) => sheet.getColumn(index + 1).width);

    // The longest of each column plus a margin of 2: a sector's name, then the headers.
    expect(widths).toEqual([
      'Hôtellerie et restauration'.length + 2,
      ...table.columns.slice(1).map((column) => column.label.length + 2),
    ]);
  });

  it('falls back on a neutral worksheet name when the title leaves nothing', async () => {
    const untitled = await reopened({ ...table, title: ' ?*/ ' });

    expect(untitled.name).toBe('Indicateurs');
  });
});
