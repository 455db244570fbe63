import { toEmployerView, type EmployerMatchView } from './employerView';
import type { Match } from './match';
import { allowedActions } from './applyTransition';
import type { MatchAction } from './pipelineStates';
import type { SharedContact, SharedProfile } from './sharedProfile';

/** A match as its reader may see it, with the actions they can take now. */
export type MatchView =
  | ({ view: 'adviser'; allowedActions: MatchAction[] } & Match)
  | ({ view: 'employer'; allowedActions: MatchAction[] } & EmployerMatchView);

export function adviserView(match: Match): MatchView {
  return { view: 'adviser', allowedActions: allowedActions(match, 'adviser'), ...match };
}

export function employerView(
  match: Match & { sharedProfile: SharedProfile },
  contact: SharedContact | null,
): MatchView {
  return { view: 'employer', allowedActions: allowedActions(match, 'employer'), ...toEmployerView(match, contact) };
}
