import type { NewOutcome, Outcome } from '../domain/reporting/outcomes/outcome';

export interface OutcomeRepository {
  /** Idempotent by id: a second create of the same id returns the one stored. */
  create(id: string, outcome: NewOutcome, now: Date): Promise<{ outcome: Outcome; created: boolean }>;
  /** Oldest first. */
  listForCandidate(organizationId: string, candidateId: string): Promise<Outcome[]>;
  /** The outcomes of these people (an event's attendees), oldest first. */
  listForCandidates(candidateIds: readonly string[]): Promise<Outcome[]>;
  /** Erasure: the person's outcomes go with the profile (the counters, aggregate, stay). */
  deleteForCandidate(candidateId: string): Promise<void>;
}
