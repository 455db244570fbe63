import type { Match } from '../pipeline/match';
import { openStatuses } from '../pipeline/pipelineStates';

/** What an adviser sees of a person's recruitments at a glance, in their caseload. */
export interface CaseloadActivity {
  /** Offers suggested to the person now (stale ones excluded). */
  currentSuggestions: number;
  /** Matches still under way (suggested to interview scheduled). */
  openMatches: number;
  /** Proposals the employer has not answered yet. */
  waitingForAnswer: number;
  /** The latest change of the profile or of one of the person's matches. */
  lastActivityAt: Date;
}

export function caseloadActivity(
  profileUpdatedAt: Date,
  currentSuggestions: number,
  matches: readonly Pick<Match, 'status' | 'updatedAt'>[],
): CaseloadActivity {
  const latest = Math.max(profileUpdatedAt.getTime(), ...matches.map((match) => match.updatedAt.getTime()));
  return {
    currentSuggestions,
    openMatches: matches.filter((match) => openStatuses.includes(match.status)).length,
    waitingForAnswer: matches.filter((match) => match.status === 'proposed').length,
    lastActivityAt: new Date(latest),
  };
}
