import type { DomainEvent } from '../../ports/DomainEvents';
import type { Match, Transition } from './match';
import { visibleToEmployer } from './matchVisibility';

/** One event per history line; its id is the match and the line's index, so republishing is harmless. */
export function transitionEvent(match: Match, transition: Transition): DomainEvent {
  const index = match.history.indexOf(transition);
  // An employer's answer carries when the person was proposed (reporting's answer delay).
  const proposal =
    transition.from === 'proposed'
      ? match.history.findLast((line) => line.action === 'propose' && line.at <= transition.at)
      : undefined;
  return {
    id: `match:${match.id}:h${index}`,
    type: 'match.transitioned',
    at: transition.at,
    data: {
      matchId: match.id,
      offerId: match.offerId,
      candidateId: match.candidateId,
      offerOrganizationId: match.offerOrganizationId,
      candidateOrganizationId: match.candidateOrganizationId,
      action: transition.action,
      from: transition.from,
      to: transition.to,
      actorKind: transition.actor.kind,
      actorUserId: transition.actor.userId,
      reason: transition.reason,
      shareReason: transition.shareReason,
      ...(proposal ? { proposedAt: proposal.at.toISOString() } : {}),
      /** Whether the employer may hear of this match at all (matchVisibility.ts). */
      visibleToEmployer: visibleToEmployer(match),
    },
  };
}
