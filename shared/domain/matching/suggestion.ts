import type { IndexedEntity } from '../../ports/IndexingQueue';
import type { CriterionScore } from './scoreMatch';

/** A person suggested for an offer (or the reverse): for an adviser to review, never a decision. */
export interface Suggestion {
  offerId: string;
  candidateId: string;
  offerOrganizationId: string;
  candidateOrganizationId: string;
  /** 0–100. */
  score: number;
  breakdown: CriterionScore[];
  explanation: { met: string[]; missing: string[] };
  offerVersion: number;
  profileVersion: number;
  computedAt: Date;
  /**
   * Set when a recomputation no longer finds a suggestion that an adviser already took into the
   * recruitment pipeline: it stays, with the reason, instead of vanishing under their eyes.
   */
  stale: { reason: string; since: Date } | null;
}

export interface SuggestionSubject {
  entity: IndexedEntity;
  id: string;
}

/** The suggestions of one offer (candidates) or one profile (offers), replaced as a whole by each computation. */
export interface SuggestionList {
  subject: SuggestionSubject & { version: number };
  suggestions: Suggestion[];
  computedAt: Date;
  /** How long the computation took (retrieval, scoring), in milliseconds. */
  durationMs: number;
  /** Documents the engine returned for the hard constraints, and how many passed every one of them. */
  retrieved: number;
  eligible: number;
  /** More documents met the filters than the retrieval pool holds: some were never scored. */
  poolCut: boolean;
  /** An offer's list: the same two figures per organisation of the people (an adviser sees only theirs). */
  byOrganization: Record<string, { retrieved: number; eligible: number }>;
}

export const pairKey = (pair: Pick<Suggestion, 'offerId' | 'candidateId'>) => `${pair.offerId}:${pair.candidateId}`;
