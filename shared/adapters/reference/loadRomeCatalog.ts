import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { buildRomeCatalog, romeCodePattern, type RomeCatalog } from '../../domain/reference/rome';

const dataDir = resolve(__dirname, '../../reference/rome');

const romeRow = z.object({
  rome_code: z.string().regex(romeCodePattern),
  rome_label: z.string().min(1),
  domaine_professionnel_code: z.string().regex(/^[A-N]\d{2}$/),
  domaine_professionnel_label: z.string().min(1),
  grand_domaine_code: z.string().regex(/^[A-N]$/),
  grand_domaine_label: z.string().min(1),
  code_isco: z.union([z.string().regex(/^\d{4}$/), z.literal('')]),
});

const appellationRow = z.object({
  ogr_appellation: z.string().regex(/^\d+$/),
  rome_code: z.string().regex(romeCodePattern),
  libelle_appellation_long: z.string().min(1),
});

/** Reads one `;`- or `,`-separated file of shared/reference/rome, each row checked. */
export function readCsv<T extends z.ZodType>(file: string, delimiter: string, row: T): z.infer<T>[] {
  const records: unknown[] = parse(readFileSync(resolve(dataDir, file)), {
    columns: true,
    delimiter,
    skip_empty_lines: true,
    trim: true,
  });
  return records.map((record, index) => {
    const parsed = row.safeParse(record);
    if (!parsed.success) throw new Error(`${file} line ${index + 2}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/** Reads the ROME files shipped in shared/reference/rome (see its README for provenance). */
export function loadRomeCatalog(): RomeCatalog {
  const romes = readCsv('itou-2021_romes_with_domains.csv', ',', romeRow).map((row) => ({
    code: row.rome_code,
    label: row.rome_label,
    domaineProfessionnel: { code: row.domaine_professionnel_code, label: row.domaine_professionnel_label },
    grandDomaine: { code: row.grand_domaine_code, label: row.grand_domaine_label },
    iscoCode: row.code_isco === '' ? null : row.code_isco,
  }));
  const appellations = readCsv('immersion-facile_appellations_public.csv', ';', appellationRow).map((row) => ({
    code: row.ogr_appellation,
    label: row.libelle_appellation_long,
    romeCode: row.rome_code,
  }));
  return buildRomeCatalog(romes, appellations);
}
