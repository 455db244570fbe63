import { ConflictError } from '../errors';
import type { MatchAction, MatchStatus } from './pipelineStates';

/** 409: the action does not apply to the match's current status; the allowed ones are listed. */
export class IllegalTransitionError extends ConflictError {
  constructor(
    status: MatchStatus,
    readonly allowedActions: MatchAction[],
  ) {
    super(
      allowedActions.length > 0
        ? `Action impossible au statut « ${status} ». Actions possibles : ${allowedActions.join(', ')}.`
        : `Action impossible au statut « ${status} » : aucune action possible.`,
    );
  }
}
