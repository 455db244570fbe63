import type { Match, Transition } from './match';
import type { SharedContact, SharedProfile } from './sharedProfile';
import { statusesSeenByEmployers } from './pipelineStates';

export interface EmployerMatchView {
  id: string;
  offerId: string;
  status: Match['status'];
  proposedAt: Date | null;
  candidate: SharedProfile & { contact: SharedContact | null };
  score: number;
  explanation: { met: string[]; missing: string[] };
  adviserComment: string | null;
  interview: Match['interview'];
  history: Omit<Transition, 'actor'>[];
}

export const withinMobility = 'dans son rayon de mobilité';

export function toEmployerView(
  match: Match & { sharedProfile: SharedProfile },
  contact: SharedContact | null,
): EmployerMatchView {
  const distance = match.assessment.breakdown.find((part) => part.criterion === 'distance')?.explanation;
  const hideDistance = (line: string) => (line === distance ? withinMobility : line);
  return {
    id: match.id,
    offerId: match.offerId,
    status: match.status,
    proposedAt: match.proposedAt,
    candidate: { ...match.sharedProfile, contact },
    score: match.assessment.score,
    explanation: {
      met: match.assessment.explanation.met.map(hideDistance),
      missing: match.assessment.explanation.missing.map(hideDistance),
    },
    adviserComment: match.proposalComment,
    interview: match.interview,
    // From the proposal on, without who acted: the adviser's review before it stays theirs, and
    // an adviser's comment reaches the employer only with the proposal (a comment on a withdrawal
    // or a no-show may say more about the person than the employer should know).
    history: match.history
      .filter((transition) => transition.action === 'propose' || statusesSeenByEmployers.includes(transition.from))
      .map(({ actor, ...transition }) => ({
        ...transition,
        comment: actor.kind === 'adviser' && transition.action !== 'propose' ? null : transition.comment,
      })),
  };
}
