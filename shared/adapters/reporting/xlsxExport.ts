import ExcelJS from 'exceljs';
import type { IndicatorTable } from '../../domain/reporting/indicatorTable';
import { suppressSmallCells, type ExportCell, type ExportTable } from '../../domain/reporting/smallCells';

/** DSFR « bleu France », the header colour of the State's tables. */
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF000091' } };
const headerFont: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const numberFormats: Partial<Record<ExportCell['kind'], string>> = { count: '#,##0', days: '#,##0', rate: '0.0 %' };
// Widths in characters: wide enough for « < 5 » and a short header, narrow enough to keep a long label readable.
const minWidth = 8;
const maxWidth = 60;

/**
 * The table as one worksheet: title in bold, the filters, an empty row, then the header row in
 * DSFR blue, frozen so that it stays in view, and the rows with small cells suppressed. Figures
 * stay numbers (rates in [0, 1] shown as percentages), so that users can compute on them.
 */
export async function toXlsx(table: IndicatorTable): Promise<Buffer> {
  const exported = suppressSmallCells(table);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  const sheet = workbook.addWorksheet(worksheetName(exported.title));

  sheet.addRow([exported.title]).font = { bold: true };
  for (const { label, value } of exported.filters) sheet.addRow([`${label} : ${value}`]);
  sheet.addRow([]);

  const header = sheet.addRow(exported.columns.map((column) => column.label));
  header.eachCell((cell) => {
    cell.fill = headerFill;
    cell.font = headerFont;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];

  for (const cells of exported.rows) {
    const row = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      const written = row.getCell(index + 1);
      const numFmt = numberFormats[cell.kind];
      if (numFmt !== undefined) written.numFmt = numFmt;
      if (cell.kind === 'suppressed') written.alignment = { horizontal: 'right' };
    });
  }

  fitColumnWidths(sheet, exported);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel refuses a sheet name longer than 31 characters, containing \ / ? * [ ] : or edged with an apostrophe. */
function worksheetName(title: string): string {
  const name = [...title.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ')]
    .slice(0, 31)
    .join('')
    .replace(/^[\s']+|[\s']+$/g, '');
  return name === '' ? 'Indicateurs' : name;
}

/** Fitted on the header and the cells; the title and filters overflow into the empty cells beside them. */
function fitColumnWidths(sheet: ExcelJS.Worksheet, exported: ExportTable): void {
  exported.columns.forEach((column, index) => {
    const lengths = [column.label.length, ...exported.rows.map((row) => displayedLength(row[index]))];
    sheet.getColumn(index + 1).width = Math.min(maxWidth, Math.max(minWidth, ...lengths) + 2);
  });
}

function displayedLength(cell: ExportCell | undefined): number {
  if (cell === undefined || cell.kind === 'empty') return 0;
  if (cell.kind === 'rate') return '100,0 %'.length;
  if (cell.kind === 'count' || cell.kind === 'days') return Math.round(cell.value).toLocaleString('fr-FR').length;
  return cell.value.length;
}
