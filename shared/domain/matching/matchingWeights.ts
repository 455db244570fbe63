/**
 * The one place where the weight of each criterion is set: a suggestion's score (0–100) is the
 * sum of weight × value (0–1) over these criteria, and every share appears in its breakdown.
 * - desiredJob: the offer's job against the person's desired jobs (same appellation 1, same ROME
 *   code 0.8, same domaine professionnel 0.5, same grand domaine 0.25; another grand domaine is a
 *   hard constraint, job_not_sought);
 * - skills: share of the offer's required skills the person has;
 * - experience: months in the offer's ROME code, against what the offer asks (at least a year);
 * - distance: how far inside the radius the person declared (remote work counts as next door);
 * - textRelevance: share of the offer's words (title, required skills) in the person's desired
 *   jobs, skills and experiences (textOverlap.ts says why not the engine's own score);
 * - waiting: time since the person was last proposed (six months or more counts fully), so that
 *   people who have waited long are not forgotten.
 */
export const matchingWeights = {
  desiredJob: 35,
  skills: 25,
  experience: 15,
  distance: 10,
  textRelevance: 5,
  waiting: 10,
} as const;

export type MatchingCriterion = keyof typeof matchingWeights;
export const matchingCriteria = Object.keys(matchingWeights) as [MatchingCriterion, ...MatchingCriterion[]];

export const desiredJobValues = { appellation: 1, rome: 0.8, domaineProfessionnel: 0.5, grandDomaine: 0.25 } as const;
export const fullWaitMonths = 6;
export const referenceExperienceMonths = 12;
