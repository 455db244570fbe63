import { contentStems, stemsMatch } from '../text/frenchWords';
import { canonicalStems } from './skillSynonyms';

/**
 * How close two skills are in meaning, for French phrases as advisers and employers write them:
 * "Conduite de chariot" and "Conduire un chariot élévateur" are one skill, although no exact key
 * joins them. Deterministic and explainable: the stems two phrases share, nothing learnt.
 */

/**
 * From this similarity on, two phrases name the same skill. Dice gives 0.5 when two-word phrases
 * share one word ("Développement commercial" / "Développement web", "Lecture de plans" / "Gestion
 * du planning") or when one word is all a three-word phrase has in common with a single one: these
 * are the near misses, so the threshold sits above 0.5. It sits at or below 4/7 (two words shared
 * by phrases of two and five, or three and four, words) and 2/3 ("Nettoyage des sanitaires" /
 * "sanitaires"), which the examples in the unit tests show to be the same skill.
 * Measured on 540 labelled pairs (infra/eval/skills, `npm run eval:skills`): precision 0.86 and
 * recall 0.42 here; F1 peaks near 0.33 (precision 0.63), but a pair below 0.55 is shown to advisers
 * as the same skill too often to be worth it ("Conduite de chariot élévateur" / "Conduite de bus").
 */
export const skillMatchThreshold = 0.55;

/** A required skill and the held skill that covers it, if any. */
export interface SkillMatch {
  readonly required: string;
  /** The held skill, as the person's profile writes it; null when none is close enough. */
  readonly held: string | null;
  /** In [0, 1]; 0 when nothing is held. */
  readonly similarity: number;
}

/** Same reason and bound as the memo of contentStems: the pool repeats the same skill phrases. */
const memoLimit = 50_000;
const memo = new Map<string, readonly string[]>();

/** Stems that match an earlier one are one word written twice ("souder… soudure TIG"). */
function distinctStems(stems: readonly string[]): string[] {
  const kept: string[] = [];
  for (const stem of stems) if (!kept.some((other) => stemsMatch(other, stem))) kept.push(stem);
  return kept;
}

function skillStems(skill: string): readonly string[] {
  const known = memo.get(skill);
  if (known) return known;
  if (memo.size >= memoLimit) memo.clear();
  const stems = distinctStems(canonicalStems(contentStems(skill)));
  memo.set(skill, stems);
  return stems;
}

/** Augmenting path from stem i of a (Kuhn's algorithm); no closure, since this runs per pair of skills. */
function augment(i: number, a: readonly string[], b: readonly string[], ownerOf: number[], seen: boolean[]): boolean {
  const stem = a[i] ?? '';
  for (let j = 0; j < b.length; j += 1) {
    if (seen[j] || !stemsMatch(stem, b[j] ?? '')) continue;
    seen[j] = true;
    const owner = ownerOf[j] ?? -1;
    if (owner === -1 || augment(owner, a, b, ownerOf, seen)) {
      ownerOf[j] = i;
      return true;
    }
  }
  return false;
}

function anyStemMatches(stem: string, others: readonly string[]): boolean {
  for (const other of others) if (stemsMatch(stem, other)) return true;
  return false;
}

/**
 * The largest number of pairs of matching stems, each stem used once (a maximum bipartite
 * matching). A greedy pass would depend on which side goes first, and the similarity must not.
 */
function matchedStemCount(a: readonly string[], b: readonly string[]): number {
  if (a.length === 1) return anyStemMatches(a[0] ?? '', b) ? 1 : 0;
  if (b.length === 1) return anyStemMatches(b[0] ?? '', a) ? 1 : 0;
  const ownerOf = new Array<number>(b.length).fill(-1);
  const seen = new Array<boolean>(b.length);
  let matched = 0;
  for (let i = 0; i < a.length; i += 1) {
    seen.fill(false);
    if (augment(i, a, b, ownerOf, seen)) matched += 1;
  }
  return matched;
}

function similarityOfStems(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * matchedStemCount(a, b)) / (a.length + b.length);
}

/**
 * Similarity of two skill phrases in [0, 1], symmetric: after the synonyms table has rewritten
 * known wordings, the Dice overlap of their content stems (2 × matched / (|A| + |B|)), where
 * stems match when equal or variants of one word. 1 for the same phrase; 0 when either has no
 * content word (an empty phrase, or stop words only).
 */
export function skillSimilarity(a: string, b: string): number {
  const stemsA = skillStems(a);
  const stemsB = skillStems(b);
  if (a === b && stemsA.length > 0) return 1;
  return similarityOfStems(stemsA, stemsB);
}

interface Candidate {
  readonly requiredIndex: number;
  readonly heldIndex: number;
  readonly similarity: number;
}

function candidatePairs(required: readonly string[], held: readonly string[]): Candidate[] {
  const heldStems = held.map(skillStems);
  const candidates: Candidate[] = [];
  for (let requiredIndex = 0; requiredIndex < required.length; requiredIndex += 1) {
    const skill = required[requiredIndex] ?? '';
    const stems = skillStems(skill);
    if (stems.length === 0) continue;
    for (let heldIndex = 0; heldIndex < held.length; heldIndex += 1) {
      const similarity = skill === held[heldIndex] ? 1 : similarityOfStems(stems, heldStems[heldIndex] ?? []);
      if (similarity >= skillMatchThreshold) candidates.push({ requiredIndex, heldIndex, similarity });
    }
  }
  return candidates;
}

function bestFirst(x: Candidate, y: Candidate): number {
  return y.similarity - x.similarity || x.requiredIndex - y.requiredIndex || x.heldIndex - y.heldIndex;
}

/**
 * For each required skill, in order, the held skill that covers it. One held skill covers one
 * required skill at most, so a single "soudure" does not count for both "Soudure TIG" and "Soudure
 * MIG". Pairs are taken best similarity first; ties go to the earlier required, then the earlier
 * held skill, so the same lists always give the same answer.
 */
export function matchSkills(required: readonly string[], held: readonly string[]): SkillMatch[] {
  const candidates = candidatePairs(required, held).sort(bestFirst);
  const coveredBy = new Array<Candidate | null>(required.length).fill(null);
  const heldUsed = new Array<boolean>(held.length).fill(false);
  for (const candidate of candidates) {
    if (coveredBy[candidate.requiredIndex] || heldUsed[candidate.heldIndex]) continue;
    coveredBy[candidate.requiredIndex] = candidate;
    heldUsed[candidate.heldIndex] = true;
  }
  return required.map((skill, index) => {
    const match = coveredBy[index];
    return match
      ? { required: skill, held: held[match.heldIndex] ?? null, similarity: match.similarity }
      : { required: skill, held: null, similarity: 0 };
  });
}
