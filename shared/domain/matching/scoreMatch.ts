import { distanceKm } from '../geography/geoPoint';
import { certificationsByCode } from '../reference/certifications';
import { skillKey } from '../reference/employmentTerms';
import { checkHardConstraints, type ConstraintFailure } from './hardConstraints';
import { textOverlap, textWords } from './textOverlap';
import type { MatchCandidate, MatchOffer } from './matchInputs';
import {
  desiredJobValues,
  fullWaitMonths,
  matchingWeights,
  referenceExperienceMonths,
  type MatchingCriterion,
} from './matchingWeights';

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
}

const monthMs = 30.44 * 24 * 3600 * 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Pure: the same offer, person and context always give the same outcome. */
export function scoreMatch(offer: MatchOffer, candidate: MatchCandidate, context: MatchContext): MatchOutcome {
  const failures = checkHardConstraints(offer, candidate);
  if (failures.length > 0) return { eligible: false, failures };

  const parts: Omit<CriterionScore, 'weight' | 'points'>[] = [
    desiredJob(offer, candidate),
    skills(offer, candidate),
    experience(offer, candidate),
    distance(offer, candidate),
    textRelevance(offer, candidate),
    waiting(candidate, context),
  ];
  const breakdown = parts.map((part) => {
    const weight = matchingWeights[part.criterion];
    return { ...part, weight, points: round1(weight * part.value) };
  });
  const score = Math.round(breakdown.reduce((sum, part) => sum + part.weight * part.value, 0));
  return { eligible: true, score, breakdown, explanation: explain(offer, candidate, breakdown) };
}

function desiredJob(offer: MatchOffer, candidate: MatchCandidate): Omit<CriterionScore, 'weight' | 'points'> {
  const { appellationCode, romeCode, label } = offer.job;
  let value = 0;
  let how = 'métier recherché éloigné';
  for (const job of candidate.desiredJobs) {
    const candidateValue =
      appellationCode !== null && job.appellationCode === appellationCode
        ? desiredJobValues.appellation
        : job.romeCode === romeCode
          ? desiredJobValues.rome
          : job.romeCode.slice(0, 3) === romeCode.slice(0, 3)
            ? desiredJobValues.domaineProfessionnel
            : job.romeCode[0] === romeCode[0]
              ? desiredJobValues.grandDomaine
              : 0;
    if (candidateValue > value) {
      value = candidateValue;
      how =
        value === desiredJobValues.appellation
          ? `métier recherché : ${label}`
          : value === desiredJobValues.rome
            ? `métier recherché du même code ROME (${job.label})`
            : value === desiredJobValues.domaineProfessionnel
              ? `métier recherché du même domaine professionnel (${job.label})`
              : `métier recherché du même grand domaine (${job.label})`;
    }
  }
  return { criterion: 'desiredJob', value, explanation: how };
}

function skills(offer: MatchOffer, candidate: MatchCandidate): Omit<CriterionScore, 'weight' | 'points'> {
  const required = offer.requiredSkills.map(skillKey);
  if (required.length === 0) return { criterion: 'skills', value: 1, explanation: 'aucune compétence exigée' };
  const held = new Set(candidate.skills.map(skillKey));
  const covered = required.filter((skill) => held.has(skill)).length;
  return {
    criterion: 'skills',
    value: covered / required.length,
    explanation: `${covered} des ${required.length} compétences demandées`,
  };
}

function experience(offer: MatchOffer, candidate: MatchCandidate): Omit<CriterionScore, 'weight' | 'points'> {
  const months = candidate.experiences
    .filter((item) => item.romeCode === offer.job.romeCode)
    .reduce((sum, item) => sum + item.months, 0);
  const expected = Math.max(offer.minExperienceMonths, referenceExperienceMonths);
  return {
    criterion: 'experience',
    value: clamp(months / expected),
    explanation: months > 0 ? `${months} mois d’expérience dans ce métier` : 'pas d’expérience déclarée dans ce métier',
  };
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

function explain(offer: MatchOffer, candidate: MatchCandidate, breakdown: CriterionScore[]) {
  const met: string[] = [];
  const missing: string[] = [];
  for (const part of breakdown) {
    if (part.criterion === 'textRelevance' || part.criterion === 'waiting') continue;
    (part.value > 0 ? met : missing).push(part.explanation);
  }
  for (const code of offer.requiredCertifications) met.push(`${certificationsByCode.get(code)?.label ?? code} détenu`);
  const held = new Set(candidate.skills.map(skillKey));
  for (const skill of offer.requiredSkills) {
    if (!held.has(skillKey(skill))) missing.push(`compétence à acquérir : ${skill}`);
  }
  return { met, missing };
}
