import type { PageRequest } from '../domain/common/page';
import type { Match } from '../domain/pipeline/match';
import type { MatchStatus } from '../domain/pipeline/pipelineStates';

export type NewMatch = Omit<Match, 'id' | 'version' | 'history' | 'updatedAt'>;

export interface MatchFilter {
  /** Scopes by role: an employer's organisation owns offers, an adviser's follows people. */
  offerOrganizationId?: string;
  candidateOrganizationId?: string;
  offerId?: string;
  candidateId?: string;
  /** The matches of any of these people. */
  candidateIds?: readonly string[];
  /** The matches of the people this adviser is the referent of (with `candidateOrganizationId`, theirs). */
  referentAdviserId?: string;
  statuses?: readonly MatchStatus[];
  /** Only matches that were proposed to the employer (`proposedAt` set): what employers may see. */
  proposedOnly?: boolean;
}

export interface MatchRepository {
  /** null when the pair already has a match (one per offer and person). */
  create(match: NewMatch): Promise<Match | null>;
  /** What lists the matches (kept beside the database) rebuilt from the stored matches. */
  rebuildLists(): Promise<void>;
  /** Matches written as they are (the bulk path of imports and benchmarks); ids must be new. */
  insertAll(matches: readonly Match[]): Promise<void>;
  findById(id: string): Promise<Match | null>;
  findByPair(offerId: string, candidateId: string): Promise<Match | null>;
  /** Writes the match if nobody wrote it since `expectedVersion` was read; false otherwise. */
  save(match: Match, expectedVersion: number): Promise<boolean>;
  list(filter: MatchFilter, page: PageRequest): Promise<Match[]>;
  /** Every match of the filter (bounded by the pipeline of one offer or person, or a time rule). */
  listAll(filter: MatchFilter): Promise<Match[]>;
  /** Proposals still waiting for the employer, made after `after` (null: ever) and up to `upTo`. */
  listProposedBetween(after: Date | null, upTo: Date): Promise<Match[]>;
  /** Matches written from `since` to `now` (the events of their steps are published again, harmlessly). */
  listUpdatedSince(since: Date, now: Date): Promise<Match[]>;
  /** The people of a structure with a proposal their employer has not answered yet (the caseload's filter). */
  peopleWaitingForAnswer(organizationId: string): Promise<string[]>;
  /** The status and last write of each of these people's matches (their caseload's counters), without reading them. */
  statusesOf(candidateIds: readonly string[]): Promise<Map<string, Pick<Match, 'status' | 'updatedAt'>[]>>;
  /** Erasure of a person: their pipeline goes with them. */
  deleteForCandidate(candidateId: string): Promise<void>;
}
