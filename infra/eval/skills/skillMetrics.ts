/** Binary-classification metrics of a similarity score against "same skill" labels; pure functions. */

export interface ScoredLabel {
  score: number;
  same: boolean;
}

export interface ClassificationAt {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 of "same" when a pair is called same at score ≥ threshold. With no pair
 * called same, precision is 0 (and so is F1); with no same pair at all, recall is 0.
 */
export function classificationAt(items: readonly ScoredLabel[], threshold: number): ClassificationAt {
  let truePositives = 0;
  let predicted = 0;
  let actual = 0;
  for (const { score, same } of items) {
    const called = score >= threshold;
    if (called) predicted += 1;
    if (same) actual += 1;
    if (called && same) truePositives += 1;
  }
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = actual === 0 ? 0 : truePositives / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1 };
}

/**
 * The threshold among the observed scores with the highest F1 (ties: the higher threshold). It is
 * chosen on the very pairs it is scored on, so its figures are optimistic (in-sample).
 */
export function bestF1Threshold(items: readonly ScoredLabel[]): ClassificationAt | null {
  const thresholds = [...new Set(items.map((item) => item.score))].sort((a, b) => b - a);
  let best: ClassificationAt | null = null;
  for (const threshold of thresholds) {
    const candidate = classificationAt(items, threshold);
    if (best === null || candidate.f1 > best.f1) best = candidate;
  }
  return best;
}

/**
 * ROC-AUC from ranks (Mann–Whitney U): the chance that a random same pair scores above a random
 * different pair, ties counting one half. null when either class is empty.
 */
export function rocAuc(items: readonly ScoredLabel[]): number | null {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  const positives = items.filter((item) => item.same).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return null;
  let positiveRankSum = 0;
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]?.score === sorted[start]?.score) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index += 1) {
      if (sorted[index]?.same) positiveRankSum += averageRank;
    }
    start = end + 1;
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
