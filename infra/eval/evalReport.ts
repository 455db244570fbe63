/** What `npm run eval:matching` prints: the figures, the set's size, then the worst offers. */
import type { EvalGrade, EvalProfile, HardRule } from './evalSet';

export interface OfferResult {
  key: string;
  title: string;
  ndcg: number | null;
  precision: number;
  listedShare: number | null;
  relevant: number;
  listed: number;
  /** The list was computed for an older version of the offer. */
  stale: boolean;
  top: { key: string; score: number; grade: number | null }[];
  missing: (EvalGrade & { key: string })[];
  breaking: { key: string; rules: HardRule[] }[];
}

const fixed = (value: number | null) => (value === null || Number.isNaN(value) ? '  n/a' : value.toFixed(3));

export function setSummary(input: {
  results: OfferResult[];
  profiles: EvalProfile[];
  inconsistencies: string[];
  computedMs: number;
  totalMs: number;
  means: { ndcg: number; precision: number; listedShare: number };
}): string {
  const { results, profiles } = input;
  const grades = profiles.flatMap((profile) => profile.grades);
  const byGrade = [3, 2, 1, 0].map((value) => `${value}: ${grades.filter((item) => item.grade === value).length}`);
  const traps = grades.filter((item) => item.trap).length;
  const pooled = grades.filter((item) => item.pooled).length;
  const relevant = results.reduce((sum, result) => sum + result.relevant, 0);
  const listedRelevant = results.reduce((sum, result) => sum + result.relevant - result.missing.length, 0);
  const breaking = results.flatMap((result) => result.breaking.map((item) => ({ offer: result.key, ...item })));
  const ungradedListed = results.reduce(
    (sum, result) => sum + result.top.filter((item) => item.grade === null).length,
    0,
  );
  const ceiling = results.reduce((sum, result) => sum + Math.min(5, result.relevant) / 5, 0) / results.length;
  const lines = [
    '',
    `set: ${results.length} offers, ${profiles.length} profiles, ${grades.length} graded pairs (${byGrade.join(', ')}; ${pooled} of them pooled), ${traps} traps`,
    `set consistency (traps break their rule, relevant pairs break none): ${input.inconsistencies.length === 0 ? 'ok' : input.inconsistencies.length + ' problems'}`,
    ...input.inconsistencies.map((line) => `  ${line}`),
    '',
    `nDCG@10 (mean over offers):             ${fixed(input.means.ndcg)}   (target ≥ 0.95)`,
    `precision@5 (mean over offers):         ${fixed(input.means.precision)}   (target ≥ 0.90; ceiling of this set ${fixed(ceiling)}: offers with fewer than 5 relevant people)`,
    `relevant pairs listed at all:           ${fixed(listedRelevant / relevant)}   (${listedRelevant} of ${relevant}; mean per offer ${fixed(input.means.listedShare)})`,
    `suggested pairs breaking a hard rule:   ${breaking.length}   (target 0)`,
    ...breaking.map((item) => `  ${item.offer} × ${item.key}: ${item.rules.join(', ')}`),
    `ungraded people in the top 10s:         ${ungradedListed}`,
    `stale lists: ${results.filter((result) => result.stale).length}; loaded and computed in ${input.computedMs} ms, whole run ${input.totalMs} ms`,
    '',
    'per offer:                      nDCG@10  P@5    listed  relevant  suggested',
    ...results.map(
      (result) =>
        `  ${result.key.padEnd(28)} ${fixed(result.ndcg)}    ${result.precision.toFixed(1)}    ${fixed(result.listedShare)}   ${String(result.relevant).padStart(3)}      ${String(result.listed).padStart(3)}`,
    ),
    '',
    'worst offers (lowest nDCG@10), with the relevant people missing from the list:',
  ];
  const worst = [...results].sort((a, b) => (a.ndcg ?? 1) - (b.ndcg ?? 1)).slice(0, 8);
  for (const result of worst) {
    lines.push(`- ${result.key} "${result.title}": nDCG@10 ${fixed(result.ndcg)}, P@5 ${result.precision.toFixed(1)}`);
    lines.push(
      `    top 10: ${result.top.map((item) => `${item.key}(g${item.grade ?? '-'}, ${item.score})`).join(' ') || 'none'}`,
    );
    for (const item of result.missing) lines.push(`    missing ${item.key} g${item.grade}: ${item.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
