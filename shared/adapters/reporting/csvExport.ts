import { stringify } from 'csv-stringify/sync';
import type { IndicatorTable } from '../../domain/reporting/indicatorTable';
import { suppressSmallCells, type ExportCell } from '../../domain/reporting/smallCells';

const decimal = new Intl.NumberFormat('fr-FR', { useGrouping: false, maximumFractionDigits: 20 });
const percent = new Intl.NumberFormat('fr-FR', {
  useGrouping: false,
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * The table as French Excel opens it with a double click: `;` between fields (the comma is the
 * decimal separator), a BOM so that it reads UTF-8, CRLF line ends and RFC 4180 quoting. The
 * title and the filters come first, one per line, then an empty line, the header row and the rows,
 * small cells suppressed. Numbers carry no thousands separator, so that Excel still reads them as
 * numbers; rates are written « 12,5 % ».
 */
export function toCsv(table: IndicatorTable): string {
  const exported = suppressSmallCells(table);
  const records: string[][] = [
    [exported.title],
    ...exported.filters.map(({ label, value }) => [`${label} : ${value}`]),
    [],
    exported.columns.map((column) => column.label),
    ...exported.rows.map((row) => row.map(cellText)),
  ];
  return stringify(records, {
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    // Labels may come from what users typed (an organisation's name): a leading = + - @ would run
    // as a formula when the file is opened, so such a field is prefixed with a quote.
    escape_formulas: true,
  });
}

function cellText(cell: ExportCell): string {
  switch (cell.kind) {
    case 'text':
    case 'suppressed':
      return cell.value;
    case 'count':
    case 'days':
      return decimal.format(cell.value);
    case 'rate':
      return `${percent.format(cell.value * 100)} %`;
    case 'empty':
      return '';
  }
}
