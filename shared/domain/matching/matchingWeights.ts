import type { JobProximityLevel } from './jobProximity';

/**
 * The one place where the weight of each criterion is set: a suggestion's score (0–100) is the
 * sum of weight × value (0–1) over these criteria, and every share appears in its breakdown.
 * - desiredJob: the offer's job against the person's desired jobs, by their proximity
 *   (jobProximity.ts; desiredJobValues below; "unrelated" is a hard constraint, job_not_sought);
 * - skills: share of the offer's required skills the person has, compared by meaning
 *   (skillSimilarity.ts);
 * - experience: months in the offer's job, or in a related one for part of their worth, against
 *   what the offer asks (at least a year);
 * - qualification: the level the offer asks against the person's (one level below, or experience
 *   in the job instead of the diploma, count for part: insertion employers train and take
 *   experience for a diploma); hard only when the offer says the law requires it;
 * - distance: how far inside the radius the person declared (remote work counts as next door);
 * - textRelevance: share of the offer's words (title, required skills) in the person's desired
 *   jobs, skills and experiences (textOverlap.ts says why not the engine's own score);
 * - waiting: time since the person was last proposed (six months or more counts fully), so that
 *   people who have waited long are not forgotten.
 */
export const matchingWeights = {
  desiredJob: 30,
  skills: 25,
  experience: 15,
  qualification: 8,
  distance: 9,
  textRelevance: 5,
  waiting: 8,
} as const;

export type MatchingCriterion = keyof typeof matchingWeights;
export const matchingCriteria = Object.keys(matchingWeights) as [MatchingCriterion, ...MatchingCriterion[]];

export const desiredJobValues: Record<Exclude<JobProximityLevel, 'unrelated'>, number> = {
  appellation: 1,
  synonym: 0.9,
  rome: 0.8,
  neighbour: 0.65,
  domaine: 0.5,
  family: 0.35,
  grandDomaine: 0.2,
};

/** What a month of experience in a related job is worth, against one in the offer's job. */
export const experienceValues: Record<JobProximityLevel, number> = {
  appellation: 1,
  synonym: 1,
  rome: 1,
  neighbour: 0.6,
  domaine: 0.5,
  family: 0.3,
  grandDomaine: 0,
  unrelated: 0,
};

/** The qualification criterion: the level asked or above 1; one level below, or a year in the job, 0.6; two below 0.3. */
export const qualificationValues = { met: 1, oneBelowOrExperienced: 0.6, twoBelow: 0.3 } as const;
export const fullWaitMonths = 6;
export const referenceExperienceMonths = 12;
