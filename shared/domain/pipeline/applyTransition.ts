import type { FieldProblem } from '../errors';
import type { Interview, Match, Transition } from './match';
import {
  chosenReasonCodes,
  transitionRules,
  type ActorKind,
  type MatchAction,
  type ReasonCode,
} from './pipelineStates';

export interface TransitionRequest {
  action: MatchAction;
  reason?: ReasonCode | undefined;
  comment?: string | undefined;
  shareReason?: boolean | undefined;
  interview?: Interview | undefined;
}

export interface PipelineActor {
  kind: ActorKind;
  userId: string | null;
  organizationId: string | null;
}

export type TransitionOutcome =
  | { kind: 'applied'; match: Match; transition: Transition }
  /** The same action again (a double click): nothing changes, the current state is the answer. */
  | { kind: 'unchanged'; match: Match }
  | { kind: 'forbidden' }
  | { kind: 'illegal'; allowed: MatchAction[] }
  | { kind: 'invalid'; problems: FieldProblem[] };

/** The actions this actor may take from the match's current status. */
export function allowedActions(match: Pick<Match, 'status'>, kind: ActorKind): MatchAction[] {
  return transitionRules
    .filter((rule) => rule.by === kind && rule.from.includes(match.status))
    .map((rule) => rule.action);
}

/** Pure: the state machine, the rules on reasons and interviews, the history line. */
export function applyTransition(
  match: Match,
  request: TransitionRequest,
  actor: PipelineActor,
  now: Date,
): TransitionOutcome {
  const rule = transitionRules.find((candidate) => candidate.action === request.action);
  if (!rule || rule.by !== actor.kind || !ownsSide(match, actor)) return { kind: 'forbidden' };

  const last = match.history.at(-1);
  const repeated =
    last?.action === request.action && (rule.to === null ? match.contactShared : match.status === rule.to);
  if (repeated) return { kind: 'unchanged', match };
  if (!rule.from.includes(match.status)) return { kind: 'illegal', allowed: allowedActions(match, actor.kind) };

  const problems = checkRequest(request, rule.reason, actor.kind, now);
  if (problems.length > 0) return { kind: 'invalid', problems };

  const to = rule.to ?? match.status;
  const transition: Transition = {
    action: request.action,
    from: match.status,
    to,
    actor,
    at: now,
    reason: request.reason ?? null,
    comment: request.comment ?? null,
    shareReason: request.shareReason ?? false,
    interview: request.interview ?? null,
  };
  return {
    kind: 'applied',
    transition,
    match: {
      ...match,
      status: to,
      ...(request.action === 'propose' ? { proposalComment: request.comment ?? null, proposedAt: now } : {}),
      ...(request.action === 'schedule_interview' ? { interview: request.interview ?? null } : {}),
      ...(request.action === 'share_contact' ? { contactShared: true } : {}),
      history: [...match.history, transition],
      updatedAt: now,
    },
  };
}

function ownsSide(match: Match, actor: PipelineActor): boolean {
  if (actor.kind === 'system') return true;
  return (
    actor.organizationId === (actor.kind === 'adviser' ? match.candidateOrganizationId : match.offerOrganizationId)
  );
}

function checkRequest(
  request: TransitionRequest,
  reasonRule: 'required' | 'optional' | 'none',
  kind: ActorKind,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (reasonRule === 'required' && !request.reason) {
    problems.push({ field: 'reason', reason: 'motif obligatoire pour cette action' });
  }
  if (reasonRule === 'none' && request.reason) {
    problems.push({ field: 'reason', reason: 'cette action ne prend pas de motif' });
  }
  if (request.reason && kind !== 'system' && !chosenReasonCodes.includes(request.reason)) {
    problems.push({ field: 'reason', reason: 'motif réservé au système' });
  }
  if (request.reason === 'other' && !request.comment?.trim()) {
    problems.push({ field: 'comment', reason: 'précisez le motif « autre »' });
  }
  if (request.action === 'schedule_interview') {
    const interview = request.interview;
    if (!interview) problems.push({ field: 'interview', reason: 'date, lieu ou lien, et contact de l’entretien' });
    else {
      if (interview.at.getTime() <= now.getTime()) {
        problems.push({ field: 'interview.at', reason: 'l’entretien doit être dans le futur' });
      }
      if ((interview.place === null) === (interview.videoUrl === null)) {
        problems.push({ field: 'interview.place', reason: 'un lieu ou un lien de visioconférence, pas les deux' });
      }
    }
  } else if (request.interview) {
    problems.push({ field: 'interview', reason: 'seulement pour planifier un entretien' });
  }
  return problems;
}
