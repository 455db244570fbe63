import { z } from 'zod';
import { buildJobProximity, type JobProximity } from '../../domain/matching/jobProximity';
import { romeCodePattern, type RomeCatalog } from '../../domain/reference/rome';
import { readCsv } from './loadRomeCatalog';

const neighbourRow = z.object({
  rome_a: z.string().regex(romeCodePattern),
  rome_b: z.string().regex(romeCodePattern),
  reason: z.string().min(1),
});

/**
 * The proximity between jobs from the ROME catalogue (codes, ISCO groups) and the advisers' table
 * of neighbouring trades (shared/reference/rome/job-neighbours.csv). A pair naming a code the
 * catalogue does not know stops the start: the table is ours and must stay true to the catalogue.
 */
export function loadJobProximity(catalog: RomeCatalog): JobProximity {
  const neighbours = readCsv('job-neighbours.csv', ',', neighbourRow).map((row) => ({
    romeA: row.rome_a,
    romeB: row.rome_b,
    reason: row.reason,
  }));
  const unknown = neighbours.flatMap((pair) => [pair.romeA, pair.romeB]).filter((code) => !catalog.romes.has(code));
  if (unknown.length > 0) throw new Error(`job-neighbours.csv names unknown ROME codes: ${unknown.join(', ')}`);
  return buildJobProximity([...catalog.romes.values()], neighbours);
}

/** The same, read on first use (the catalogue's files take about 0.2 s), then kept. */
export function lazyJobProximity(load: () => JobProximity): JobProximity {
  let loaded: JobProximity | undefined;
  const jobs = () => (loaded ??= load());
  return {
    between: (offerJob, desiredJob) => jobs().between(offerJob, desiredJob),
    romeLevel: (a, b) => jobs().romeLevel(a, b),
    relatedRomeCodes: (romeCode) => jobs().relatedRomeCodes(romeCode),
  };
}
