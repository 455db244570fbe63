/** Ranking metrics of the matching evaluation, pure functions over grades (0–3). */

const gain = (grade: number) => 2 ** grade - 1;

function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
}

/**
 * nDCG@k with gains 2^g − 1: `ranked` holds the grades of the list in its order (0 for an
 * ungraded person), `allGrades` every grade of the offer, from which the ideal order is built.
 * null when the offer has no relevant person at all (nothing to rank).
 */
export function ndcgAt(ranked: readonly number[], allGrades: readonly number[], k: number): number | null {
  const ideal = dcg(
    [...allGrades].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? null : dcg(ranked, k) / ideal;
}

/** Share of the first k places held by relevant people (grade ≥ 1); an empty place counts as a miss. */
export function precisionAt(ranked: readonly number[], k: number): number {
  return ranked.slice(0, k).filter((grade) => grade >= 1).length / k;
}

/** Share of the relevant people (grade ≥ 1) the list shows at all; null when there are none. */
export function listedShare(listedIds: ReadonlySet<string>, relevantIds: readonly string[]): number | null {
  if (relevantIds.length === 0) return null;
  return relevantIds.filter((id) => listedIds.has(id)).length / relevantIds.length;
}

export function mean(values: readonly (number | null)[]): number {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? NaN : present.reduce((sum, value) => sum + value, 0) / present.length;
}
