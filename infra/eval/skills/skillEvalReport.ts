/** Figures of one similarity method on the labelled skill pairs, and their printing as a table. */
import { bestF1Threshold, classificationAt, rocAuc, type ClassificationAt } from './skillMetrics';
import { crossValidated, type GroupedScore } from './skillResampling';

export interface MethodFigures {
  name: string;
  auc: number | null;
  atRuleThreshold: ClassificationAt | null;
  atBest: ClassificationAt | null;
  crossValidatedF1: number;
  timePerPair: string;
}

export const crossValidationFolds = 5;

export function figuresOf(
  name: string,
  scores: readonly GroupedScore[],
  ruleThreshold: number | null,
  timePerPair: string,
): MethodFigures {
  return {
    name,
    auc: rocAuc(scores),
    atRuleThreshold: ruleThreshold === null ? null : classificationAt(scores, ruleThreshold),
    atBest: bestF1Threshold(scores),
    crossValidatedF1: crossValidated(scores, crossValidationFolds).f1,
    timePerPair,
  };
}

const fixed = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

const prf = (at: ClassificationAt | null) =>
  at === null ? ['—', '—', '—', '—'] : [fixed(at.threshold), fixed(at.precision), fixed(at.recall), fixed(at.f1)];

export function figuresTable(methods: readonly MethodFigures[]): string {
  const header = [
    'method',
    'ROC-AUC',
    'thr (rule)',
    'P',
    'R',
    'F1',
    'best thr*',
    'P*',
    'R*',
    'F1*',
    `F1 ${crossValidationFolds}-fold`,
    'time per pair',
  ];
  const rows = methods.map((method) => [
    method.name,
    fixed(method.auc),
    ...prf(method.atRuleThreshold),
    ...prf(method.atBest),
    fixed(method.crossValidatedF1),
    method.timePerPair,
  ]);
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

/** The worst mistakes of a method at a threshold: different pairs scored highest, same pairs lowest. */
export function mistakes(
  pairs: readonly { offerSkill: string; personSkill: string; score: number; same: boolean }[],
  threshold: number,
  count: number,
): string {
  const line = (pair: (typeof pairs)[number]) =>
    `    ${pair.score.toFixed(3)}  ${pair.offerSkill} ~ ${pair.personSkill}`;
  const falsePositives = pairs
    .filter((pair) => !pair.same && pair.score >= threshold)
    .sort((a, b) => b.score - a.score);
  const falseNegatives = pairs.filter((pair) => pair.same && pair.score < threshold).sort((a, b) => a.score - b.score);
  return [
    `  called same, labelled different (${falsePositives.length}):`,
    ...falsePositives.slice(0, count).map(line),
    `  labelled same, not called (${falseNegatives.length}):`,
    ...falseNegatives.slice(0, count).map(line),
  ].join('\n');
}
