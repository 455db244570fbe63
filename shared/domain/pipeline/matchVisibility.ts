import type { Actor } from '../accounts/session';
import type { Match } from './match';
import { statusesSeenByEmployers } from './pipelineStates';

/** Advisers see the matches of the people their organisation follows; employers, proposals to their offers. */
export function canSee(actor: Actor, match: Match): boolean {
  if (actor.role === 'adviser') return match.candidateOrganizationId === actor.organizationId;
  if (actor.role === 'employer') {
    return match.offerOrganizationId === actor.organizationId && statusesSeenByEmployers.includes(match.status);
  }
  return false;
}
