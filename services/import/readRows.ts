import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** A row of the file and where it is, for the rejection report. */
export interface SourceRow {
  /** CSV: the line in the file (the header is line 1); JSON: the position in the array, from 1. */
  line: number;
  values: Record<string, unknown>;
  /** true for CSV rows, whose flat columns still need shaping into the API's body. */
  flat: boolean;
}

export function readRows(path: string): SourceRow[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (extname(path).toLowerCase() === '.json') {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error(`${path}: a JSON import is an array of objects`);
    return parsed.map((values, index) => ({ line: index + 1, values: values as Record<string, unknown>, flat: false }));
  }
  // French spreadsheets export with semicolons; others with commas: the header says which.
  const header = text.slice(0, text.indexOf('\n'));
  const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
  const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
    columns: true,
    delimiter,
    skip_empty_lines: true,
    trim: true,
    info: true,
  });
  return records.map(({ record, info }) => ({ line: info.lines, values: record, flat: true }));
}
