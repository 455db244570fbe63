import type { CandidateRepository } from '../../ports/CandidateRepository';
import { employerView, type MatchView } from './matchView';
import type { Match } from './match';
import { visibleToEmployer } from './matchVisibility';
import type { SharedContact } from './sharedProfile';
import type { CandidateProfile } from '../candidates/candidateProfile';

/**
 * Employer views of matches: the person as the proposal showed them, and their contact data only
 * where it was shared and the person still agrees, the one case that reads the live profile.
 */
export async function employerViewsOf(matches: Match[], candidates: CandidateRepository): Promise<MatchView[]> {
  const views: MatchView[] = [];
  for (const match of matches) {
    const { sharedProfile } = match;
    if (!visibleToEmployer(match) || !sharedProfile) continue;
    const profile = contactMayBeShared(match) ? await candidates.findById(match.candidateId) : null;
    views.push(employerView({ ...match, sharedProfile }, sharedContactOf(match, profile)));
  }
  return views;
}

/** Contact data is asked for only when the adviser recorded the person's agreement for a scheduled interview. */
export function contactMayBeShared(match: Match): boolean {
  return match.contactShared && match.interview !== null;
}

/**
 * Contact data, read live: the person's current agreement decides, so a withdrawal of consent (or
 * an erasure) takes it away at once, even from a match that ended in a hire.
 */
export function sharedContactOf(match: Match, profile: CandidateProfile | null): SharedContact | null {
  if (!contactMayBeShared(match) || !profile?.consent?.shareWithEmployers) return null;
  return { email: profile.contact.email, mobile: profile.contact.mobile };
}
