/**
 * The shapes of the graded evaluation set of the matching (issue 16): offers and profiles as the
 * API accepts them, and an insertion adviser's grade for each pair that matters. A pair that is not
 * graded counts as 0 ("no").
 */
import type { z } from 'zod';
import type { newCandidateBodySchema } from '../../services/api/schemas/candidateSchemas';
import type { newOfferBodySchema } from '../../services/api/schemas/offerSchemas';

export type OfferBody = z.input<typeof newOfferBodySchema>;
export type CandidateBody = z.input<typeof newCandidateBodySchema>;

export type EvalSector = 'industry' | 'construction' | 'transport_logistics' | 'digital' | 'home_services';

export interface EvalOffer {
  key: string;
  sector: EvalSector;
  body: OfferBody;
}

/** 3 = propose first, 2 = good fit, 1 = worth a look, 0 = no. */
export type Grade = 0 | 1 | 2 | 3;

/** The rules a suggestion must never break; a trap is a pair that breaks one on purpose. */
export const hardRules = [
  'no_consent',
  'too_far',
  'missing_certification',
  'part_time_only',
  'contract_not_accepted',
  'incompatible_schedule',
] as const;
export type HardRule = (typeof hardRules)[number];

export interface EvalGrade {
  offer: string;
  grade: Grade;
  reason: string;
  /** Set on traps only: the rule the pair breaks (its grade is 0). */
  trap?: HardRule;
  /**
   * Graded in a second round (pooling): a pair no grade covered that a version of the matching put
   * in an offer's top 10, graded from the offer and the profile alone, without scores or ranks.
   */
  pooled?: true;
}

export interface EvalProfile {
  key: string;
  body: CandidateBody;
  grades: EvalGrade[];
}
