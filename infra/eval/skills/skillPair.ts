/**
 * One labelled pair of skill phrases: an offer's skill and a phrase a person's adviser wrote.
 * `same` answers, as an insertion adviser or a recruiter would: does the person's phrase, on its
 * own, cover the skill the offer asks for? A more specific or equivalent phrase counts (a brand,
 * a variant of the gesture, the trade name that necessarily includes it); a neighbouring skill, a
 * step of it, or the same words in another trade do not. Labels are judgement, not a formula.
 */
export interface SkillPair {
  offerSkill: string;
  personSkill: string;
  same: boolean;
  note?: string;
}

type Row = [personSkill: string, note?: string];

/** The pairs of one offer skill: the person phrases that cover it, and those that do not. */
export function pairsOf(offerSkill: string, covered: Row[], notCovered: Row[]): SkillPair[] {
  const build =
    (same: boolean) =>
    ([personSkill, note]: Row): SkillPair =>
      note === undefined ? { offerSkill, personSkill, same } : { offerSkill, personSkill, same, note };
  return [...covered.map(build(true)), ...notCovered.map(build(false))];
}
