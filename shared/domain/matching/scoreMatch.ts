import { distanceKm } from '../geography/geoPoint';
import { certificationsByCode } from '../reference/certifications';
import { qualificationLevelLabels, qualificationRank, skillKey } from '../reference/employmentTerms';
import { checkHardConstraints, type ConstraintFailure } from './hardConstraints';
import type { JobProximity, JobProximityLevel } from './jobProximity';
import type { MatchCandidate, MatchOffer } from './matchInputs';
import {
  desiredJobValues,
  experienceValues,
  fullWaitMonths,
  matchingWeights,
  qualificationValues,
  referenceExperienceMonths,
  type MatchingCriterion,
} from './matchingWeights';
import { matchSkills, type SkillMatch } from './skillSimilarity';
import { textOverlap, textWords } from './textOverlap';

export interface CriterionScore {
  criterion: MatchingCriterion;
  weight: number;
  /** 0–1. */
  value: number;
  /** weight × value, rounded to one decimal. */
  points: number;
  /** French, for advisers. */
  explanation: string;
}

export interface MatchScore {
  /** 0–100. */
  score: number;
  breakdown: CriterionScore[];
  /** What is met and what is missing, in French, built from the breakdown and the offer's requirements. */
  explanation: { met: string[]; missing: string[] };
}

export type MatchOutcome = { eligible: false; failures: ConstraintFailure[] } | ({ eligible: true } & MatchScore);

export interface MatchContext {
  now: Date;
  /** When the person was last proposed to an employer; null: never (then since the profile exists). */
  lastProposedAt: Date | null;
  profileCreatedAt: Date;
  /** How close jobs are (reference data, built once). */
  jobs: JobProximity;
}

const monthMs = 30.44 * 24 * 3600 * 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Pure: the same offer, person and context always give the same outcome. */
export function scoreMatch(offer: MatchOffer, candidate: MatchCandidate, context: MatchContext): MatchOutcome {
  const failures = checkHardConstraints(offer, candidate, context.jobs);
  if (failures.length > 0) return { eligible: false, failures };

  const skillMatches = matchSkills(offer.requiredSkills, candidate.skills);
  const experienced = experienceMonths(offer, candidate, context.jobs);
  const parts: Omit<CriterionScore, 'weight' | 'points'>[] = [
    desiredJob(offer, candidate, context.jobs),
    skills(skillMatches),
    experience(offer, experienced),
    qualification(offer, candidate, experienced.inJob),
    distance(offer, candidate),
    textRelevance(offer, candidate),
    waiting(candidate, context),
  ];
  const breakdown = parts.map((part) => {
    const weight = matchingWeights[part.criterion];
    return { ...part, weight, points: round1(weight * part.value) };
  });
  const score = Math.round(breakdown.reduce((sum, part) => sum + part.weight * part.value, 0));
  return { eligible: true, score, breakdown, explanation: explain(offer, breakdown, skillMatches) };
}

const desiredJobWords: Record<Exclude<JobProximityLevel, 'unrelated'>, (label: string) => string> = {
  appellation: (label) => `métier recherché : ${label}`,
  synonym: (label) => `métier recherché équivalent (${label})`,
  rome: (label) => `métier recherché du même code ROME (${label})`,
  neighbour: (label) => `métier voisin d’un métier recherché (${label})`,
  domaine: (label) => `métier recherché du même domaine professionnel (${label})`,
  family: (label) => `métier recherché de la même famille de métiers (${label})`,
  grandDomaine: (label) => `métier recherché du même grand domaine (${label})`,
};

function desiredJob(
  offer: MatchOffer,
  candidate: MatchCandidate,
  jobs: JobProximity,
): Omit<CriterionScore, 'weight' | 'points'> {
  let value = 0;
  let how = 'métier recherché éloigné';
  for (const job of candidate.desiredJobs) {
    const closeness = jobs.between(offer.job, job);
    if (closeness.level === 'unrelated') continue;
    const jobValue = desiredJobValues[closeness.level];
    if (jobValue > value) {
      value = jobValue;
      const words = desiredJobWords[closeness.level](closeness.level === 'appellation' ? offer.job.label : job.label);
      how = closeness.reason ? `${words} : ${closeness.reason}` : words;
    }
  }
  return { criterion: 'desiredJob', value, explanation: how };
}

function skills(matches: readonly SkillMatch[]): Omit<CriterionScore, 'weight' | 'points'> {
  if (matches.length === 0) return { criterion: 'skills', value: 1, explanation: 'aucune compétence exigée' };
  const covered = matches.filter((match) => match.held !== null);
  const value = covered.reduce((sum, match) => sum + match.similarity, 0) / matches.length;
  return {
    criterion: 'skills',
    value,
    explanation: `${covered.length} des ${matches.length} compétences demandées`,
  };
}

interface Experienced {
  /** Months in the offer's ROME code. */
  inJob: number;
  /** Months in related jobs, by how close they are (the same ROME code aside). */
  related: Map<JobProximityLevel, number>;
}

function experienceMonths(offer: MatchOffer, candidate: MatchCandidate, jobs: JobProximity): Experienced {
  const result: Experienced = { inJob: 0, related: new Map() };
  for (const item of candidate.experiences) {
    const level = jobs.romeLevel(offer.job.romeCode, item.romeCode).level;
    if (level === 'rome') result.inJob += item.months;
    else if (experienceValues[level] > 0) result.related.set(level, (result.related.get(level) ?? 0) + item.months);
  }
  return result;
}

/**
 * The best of: months in the job against those expected, or months in related jobs against the
 * same, capped at what a related job is worth (years as a labourer never make a full mason).
 */
function experience(offer: MatchOffer, months: Experienced): Omit<CriterionScore, 'weight' | 'points'> {
  const expected = Math.max(offer.minExperienceMonths, referenceExperienceMonths);
  let value = clamp(months.inJob / expected);
  let relatedMonths = 0;
  for (const [level, count] of months.related) {
    value = Math.max(value, experienceValues[level] * clamp(count / expected));
    relatedMonths += count;
  }
  const explanation =
    months.inJob > 0
      ? `${months.inJob} mois d’expérience dans ce métier`
      : relatedMonths > 0
        ? `${relatedMonths} mois d’expérience dans des métiers proches`
        : 'pas d’expérience déclarée dans ce métier';
  return { criterion: 'experience', value, explanation };
}

function qualification(
  offer: MatchOffer,
  candidate: MatchCandidate,
  monthsInJob: number,
): Omit<CriterionScore, 'weight' | 'points'> {
  const asked = offer.minQualificationLevel;
  if (asked === null) return { criterion: 'qualification', value: 1, explanation: 'aucun diplôme demandé' };
  if (offer.trainingBeforeHiring) {
    return { criterion: 'qualification', value: 1, explanation: 'formation prévue avant l’embauche' };
  }
  const label = qualificationLevelLabels[asked];
  // No diploma counts as the level just below the CAP (« infra 3 »).
  const gap = asked - Math.max(qualificationRank(candidate.qualificationLevel), 2);
  if (gap <= 0) return { criterion: 'qualification', value: 1, explanation: `${label} ou plus` };
  const experienced = monthsInJob >= referenceExperienceMonths;
  const value =
    gap === 1 || experienced ? qualificationValues.oneBelowOrExperienced : gap === 2 ? qualificationValues.twoBelow : 0;
  const explanation = experienced
    ? `${label} demandé, remplacé en partie par ${monthsInJob} mois d’expérience dans ce métier`
    : `${label} demandé, niveau inférieur`;
  return { criterion: 'qualification', value, explanation };
}

function distance(offer: MatchOffer, candidate: MatchCandidate): Omit<CriterionScore, 'weight' | 'points'> {
  if (offer.remoteMode === 'full_remote')
    return { criterion: 'distance', value: 1, explanation: 'poste en télétravail' };
  const km = distanceKm(candidate.homeCommune.location, offer.location.location);
  const radius = candidate.mobility.maxDistanceKm;
  return {
    criterion: 'distance',
    value: radius === 0 ? (km < 1 ? 1 : 0) : clamp(1 - km / radius),
    explanation: `${Math.round(km)} km, dans le rayon de ${radius} km déclaré`,
  };
}

/** An offer is scored against many people in a row: its words are computed once. */
const offerWords = new WeakMap<MatchOffer, Set<string>>();

function textRelevance(offer: MatchOffer, candidate: MatchCandidate): Omit<CriterionScore, 'weight' | 'points'> {
  let words = offerWords.get(offer);
  if (!words) {
    words = textWords([offer.job.label, ...offer.requiredSkills]);
    offerWords.set(offer, words);
  }
  const overlap = textOverlap(
    words,
    textWords([
      ...candidate.desiredJobs.map((job) => job.label),
      ...candidate.skills,
      ...candidate.experiences.map((item) => item.label),
    ]),
  );
  return {
    criterion: 'textRelevance',
    value: overlap.value,
    explanation: `${overlap.found} des ${overlap.of} mots de l’offre présents dans le profil`,
  };
}

function waiting(candidate: MatchCandidate, context: MatchContext): Omit<CriterionScore, 'weight' | 'points'> {
  const since = context.lastProposedAt ?? context.profileCreatedAt;
  const months = Math.max(0, (context.now.getTime() - since.getTime()) / monthMs);
  return {
    criterion: 'waiting',
    value: clamp(months / fullWaitMonths),
    explanation: context.lastProposedAt
      ? `dernière proposition il y a ${Math.floor(months)} mois`
      : `jamais proposé, suivi depuis ${Math.floor(months)} mois`,
  };
}

function explain(offer: MatchOffer, breakdown: CriterionScore[], skillMatches: readonly SkillMatch[]) {
  const met: string[] = [];
  const missing: string[] = [];
  for (const part of breakdown) {
    if (part.criterion === 'textRelevance' || part.criterion === 'waiting') continue;
    // A qualification below the level asked is a missing line, even when it counts for part.
    const isMet = part.criterion === 'qualification' ? part.value >= 1 : part.value > 0;
    (isMet ? met : missing).push(part.explanation);
  }
  for (const code of offer.requiredCertifications) met.push(`${certificationsByCode.get(code)?.label ?? code} détenu`);
  for (const match of skillMatches) {
    if (match.held === null) missing.push(`compétence à acquérir : ${match.required}`);
    else if (skillKey(match.held) !== skillKey(match.required)) met.push(`« ${match.held} » ≈ « ${match.required} »`);
  }
  return { met, missing };
}
