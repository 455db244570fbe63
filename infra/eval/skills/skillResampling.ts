/**
 * Out-of-sample and uncertainty figures for the skill-pair metrics. Pairs are grouped by their
 * offer skill: the pairs of one offer skill share a phrase, so they are held out or drawn together.
 */
import { bestF1Threshold, classificationAt, rocAuc, type ClassificationAt, type ScoredLabel } from './skillMetrics';

export interface GroupedScore extends ScoredLabel {
  group: string;
}

function foldOf(groups: readonly string[], folds: number): Map<string, number> {
  return new Map([...new Set(groups)].sort().map((group, index) => [group, index % folds]));
}

/**
 * k-fold cross-validated classification: for each fold, the best-F1 threshold is chosen on the
 * other folds and applied to this one; precision, recall and F1 are over the pooled decisions.
 */
export function crossValidated(items: readonly GroupedScore[], folds: number): Omit<ClassificationAt, 'threshold'> {
  const fold = foldOf(
    items.map((item) => item.group),
    folds,
  );
  const decided: ScoredLabel[] = [];
  for (let held = 0; held < folds; held += 1) {
    const training = items.filter((item) => fold.get(item.group) !== held);
    const threshold = bestF1Threshold(training)?.threshold ?? Infinity;
    for (const item of items.filter((candidate) => fold.get(candidate.group) === held)) {
      decided.push({ score: item.score >= threshold ? 1 : 0, same: item.same });
    }
  }
  const { precision, recall, f1 } = classificationAt(decided, 1);
  return { precision, recall, f1 };
}

/** A small deterministic generator (mulberry32), so that a bootstrap prints the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * 95 % interval of AUC(b) − AUC(a) by a paired cluster bootstrap: groups are drawn with
 * replacement, both methods scored on the same draw. `a` and `b` hold the same pairs in the same order.
 */
export function bootstrapAucDifference(
  a: readonly GroupedScore[],
  b: readonly ScoredLabel[],
  rounds: number,
  seed: number,
): Interval {
  const byGroup = new Map<string, number[]>();
  a.forEach((item, index) => byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), index]));
  const groups = [...byGroup.values()];
  const random = seededRandom(seed);
  const differences: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const drawn = Array.from(
      { length: groups.length },
      () => groups[Math.floor(random() * groups.length)] ?? [],
    ).flat();
    const aucA = rocAuc(drawn.map((index) => a[index] as ScoredLabel));
    const aucB = rocAuc(drawn.map((index) => b[index] as ScoredLabel));
    if (aucA !== null && aucB !== null) differences.push(aucB - aucA);
  }
  differences.sort((x, y) => x - y);
  const at = (share: number) =>
    differences[Math.min(differences.length - 1, Math.floor(share * differences.length))] ?? NaN;
  return { low: at(0.025), high: at(0.975) };
}
