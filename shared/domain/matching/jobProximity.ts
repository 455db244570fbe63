import type { Rome } from '../reference/rome';
import { textWords } from './textOverlap';

/**
 * How close two jobs are, from the closest to "nothing related at all" (issue 16). Only the last
 * is a hard constraint (job_not_sought); every other level is a share of the desiredJob criterion
 * (matchingWeights.ts sets the values).
 * - appellation: the same job title;
 * - synonym: another title of the same ROME code that says the same (« Chauffeur poids lourd » and
 *   « Conducteur de poids lourd »);
 * - rome: the same ROME code;
 * - neighbour: jobs advisers treat as neighbours (shared/reference/rome/job-neighbours.csv, each
 *   pair with its reason), or ROME codes of the same ISCO unit group;
 * - domaine: the same domaine professionnel (the ROME code's first three characters);
 * - family: the same ISCO minor group (e.g. 723 "machinery mechanics and repairers");
 * - grandDomaine: the same letter of the ROME, nothing closer;
 * - unrelated: none of these.
 */
export const jobProximityLevels = [
  'appellation',
  'synonym',
  'rome',
  'neighbour',
  'domaine',
  'family',
  'grandDomaine',
  'unrelated',
] as const;
export type JobProximityLevel = (typeof jobProximityLevels)[number];

export interface JobNeighbours {
  romeA: string;
  romeB: string;
  /** French, for advisers: why advisers put one forward for the other. */
  reason: string;
}

export interface ComparedJob {
  appellationCode: string | null;
  romeCode: string;
  label: string;
}

export interface JobCloseness {
  level: JobProximityLevel;
  /** For a neighbour pair from the advisers' table, its reason. */
  reason: string | null;
}

export interface JobProximity {
  /** How close a job a person seeks is to the offer's. */
  between(offerJob: ComparedJob, desiredJob: ComparedJob): JobCloseness;
  /** The level of two ROME codes alone (appellations aside). */
  romeLevel(a: string, b: string): JobCloseness;
  /**
   * Every ROME code related at all to this one, itself included, sorted: what retrieval asks the
   * engine for. A pair is related exactly when one code is in the other's list.
   */
  relatedRomeCodes(romeCode: string): readonly string[];
}

/** Same ROME, and at least this share of the title's words in common (Dice): the same job said otherwise. */
const synonymOverlap = 0.5;

/** Pure: built once from the ROME reference and the advisers' table, then only read. */
export function buildJobProximity(
  romes: readonly Pick<Rome, 'code' | 'iscoCode'>[],
  neighbours: readonly JobNeighbours[],
): JobProximity {
  const iscoOf = new Map(romes.flatMap((rome) => (rome.iscoCode ? [[rome.code, rome.iscoCode] as const] : [])));
  const advised = new Map<string, string>();
  for (const pair of neighbours) {
    advised.set(pairKey(pair.romeA, pair.romeB), pair.reason);
    advised.set(pairKey(pair.romeB, pair.romeA), pair.reason);
  }

  const romeLevel = (a: string, b: string): JobCloseness => {
    if (a === b) return { level: 'rome', reason: null };
    const reason = advised.get(pairKey(a, b));
    if (reason !== undefined) return { level: 'neighbour', reason };
    const iscoA = iscoOf.get(a);
    const iscoB = iscoOf.get(b);
    if (iscoA !== undefined && iscoA === iscoB) return { level: 'neighbour', reason: null };
    if (a.slice(0, 3) === b.slice(0, 3)) return { level: 'domaine', reason: null };
    if (iscoA !== undefined && iscoB !== undefined && iscoA.slice(0, 3) === iscoB.slice(0, 3)) {
      return { level: 'family', reason: null };
    }
    if (a[0] === b[0]) return { level: 'grandDomaine', reason: null };
    return { level: 'unrelated', reason: null };
  };

  const codes = [...new Set(romes.map((rome) => rome.code))];
  const related = new Map<string, readonly string[]>();
  const relatedRomeCodes = (romeCode: string): readonly string[] => {
    let list = related.get(romeCode);
    if (!list) {
      const found = new Set([romeCode]);
      for (const code of codes) if (romeLevel(romeCode, code).level !== 'unrelated') found.add(code);
      list = [...found].sort();
      related.set(romeCode, list);
    }
    return list;
  };

  return {
    romeLevel,
    relatedRomeCodes,
    between(offerJob, desiredJob) {
      if (offerJob.appellationCode !== null && offerJob.appellationCode === desiredJob.appellationCode) {
        return { level: 'appellation', reason: null };
      }
      if (offerJob.romeCode === desiredJob.romeCode && sameWording(offerJob.label, desiredJob.label)) {
        return { level: 'synonym', reason: null };
      }
      return romeLevel(offerJob.romeCode, desiredJob.romeCode);
    },
  };
}

const pairKey = (a: string, b: string) => `${a}|${b}`;

/** Titles compared by their words (accents, case and small words aside), both genders kept on both sides. */
function sameWording(a: string, b: string): boolean {
  const wordsA = textWords([a]);
  const wordsB = textWords([b]);
  if (wordsA.size === 0 || wordsB.size === 0) return false;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return (2 * shared) / (wordsA.size + wordsB.size) >= synonymOverlap;
}
