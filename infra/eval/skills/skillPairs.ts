/**
 * The labelled skill-phrase pairs (see skillPair.ts for what `same` means), from the offers' and
 * people's phrases of the graded evaluation set. Written by judgement before any similarity was
 * measured on them; do not tune them to a method.
 */
import { constructionPairs } from './pairs/constructionPairs';
import { digitalPairs } from './pairs/digitalPairs';
import { industryPairs } from './pairs/industryPairs';
import { servicesPairs } from './pairs/servicesPairs';
import { transportPairs } from './pairs/transportPairs';
import type { SkillPair } from './skillPair';

export type { SkillPair } from './skillPair';

export const skillPairs: SkillPair[] = [
  ...industryPairs,
  ...constructionPairs,
  ...transportPairs,
  ...digitalPairs,
  ...servicesPairs,
];
