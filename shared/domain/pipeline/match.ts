import type { MatchScore } from '../matching/scoreMatch';
import type { SharedProfile } from './sharedProfile';
import type { ActorKind, MatchAction, MatchStatus, ReasonCode } from './pipelineStates';

export interface Interview {
  at: Date;
  /** An address, or null for a video interview. */
  place: string | null;
  videoUrl: string | null;
  contactName: string;
}

/** One line of the history: who did what, when, why. */
export interface Transition {
  action: MatchAction;
  from: MatchStatus;
  to: MatchStatus;
  actor: { kind: ActorKind; userId: string | null; organizationId: string | null };
  at: Date;
  reason: ReasonCode | null;
  comment: string | null;
  /** Whether the candidate may be told the reason (notifications). */
  shareReason: boolean;
  interview: Interview | null;
}

/** One person for one offer, from the suggestion to the outcome. */
export interface Match {
  id: string;
  offerId: string;
  candidateId: string;
  offerOrganizationId: string;
  candidateOrganizationId: string;
  status: MatchStatus;
  /** The score and its explanation when the match was taken into the pipeline. */
  assessment: Omit<MatchScore, 'breakdown'> & { breakdown: MatchScore['breakdown'] };
  /** The adviser's words to the employer, with the proposal. */
  proposalComment: string | null;
  proposedAt: Date | null;
  /** What the proposal showed the employer of the person; null before a proposal. */
  sharedProfile: SharedProfile | null;
  interview: Interview | null;
  /** The adviser recorded that the candidate accepted the interview and agreed to share contact data. */
  contactShared: boolean;
  history: Transition[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
