/** Prints the labelled skill pairs as JSON, for infra/eval/skills/e5_similarity.py. */
import { skillPairs } from './skillPairs';

process.stdout.write(`${JSON.stringify(skillPairs, null, 2)}\n`);
