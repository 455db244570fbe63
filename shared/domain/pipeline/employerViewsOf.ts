import type { CandidateRepository } from '../../ports/CandidateRepository';
import { employerView, type MatchView } from './matchView';
import type { Match } from './match';
import { visibleToEmployer } from './matchVisibility';
import { contactMayBeShared, sharedContactOf } from './sharedProfile';

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
