import type { CandidateProfile } from '../candidates/candidateProfile';
import { toEmployerView, type EmployerMatchView } from './employerView';
import type { Match } from './match';
import { allowedActions } from './applyTransition';
import type { MatchAction } from './pipelineStates';

/** A match as its reader may see it, with the actions they can take now. */
export type MatchView =
  | ({ view: 'adviser'; allowedActions: MatchAction[] } & Match)
  | ({ view: 'employer'; allowedActions: MatchAction[] } & EmployerMatchView);

export function adviserView(match: Match): MatchView {
  return { view: 'adviser', allowedActions: allowedActions(match, 'adviser'), ...match };
}

export function employerView(match: Match, profile: CandidateProfile): MatchView {
  return { view: 'employer', allowedActions: allowedActions(match, 'employer'), ...toEmployerView(match, profile) };
}
