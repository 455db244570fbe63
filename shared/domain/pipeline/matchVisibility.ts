import type { Actor } from '../accounts/session';
import type { Match } from './match';

/**
 * The one rule of what an employer may know of a match: only a person an adviser proposed to
 * them, whatever became of the match afterwards. A person an adviser merely considered
 * (suggested, shortlisted, dismissed, or cancelled before any proposal) stays the adviser's.
 * `proposedAt` is set by the proposal and never cleared, so the rule holds in every later status.
 */
export function visibleToEmployer(match: Pick<Match, 'proposedAt'>): boolean {
  return match.proposedAt !== null;
}

/** Advisers see the matches of the people their organisation follows; employers, proposals to their offers. */
export function canSee(actor: Actor, match: Match): boolean {
  if (actor.role === 'adviser') return match.candidateOrganizationId === actor.organizationId;
  if (actor.role === 'employer') return match.offerOrganizationId === actor.organizationId && visibleToEmployer(match);
  return false;
}
