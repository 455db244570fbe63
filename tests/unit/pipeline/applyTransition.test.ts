import { applyTransition } from '../../../shared/domain/pipeline/applyTransition';
import type { TransitionRequest } from '../../../shared/domain/pipeline/applyTransition';
import { actors, aMatch, requestFor } from '../../support/matchBuilders';
import {
  matchActions,
  matchStatuses,
  type ActorKind,
  type MatchAction,
  type MatchStatus,
} from '../../../shared/domain/pipeline/pipelineStates';

const now = new Date('2026-11-24T10:00:00Z');

/** The transition table, written out independently of the implementation. */
const allowed: [MatchStatus, MatchAction, ActorKind, MatchStatus][] = [
  ['suggested', 'shortlist', 'adviser', 'shortlisted'],
  ['suggested', 'dismiss', 'adviser', 'dismissed'],
  ['shortlisted', 'propose', 'adviser', 'proposed'],
  ['shortlisted', 'dismiss', 'adviser', 'dismissed'],
  ['proposed', 'request_interview', 'employer', 'interview_requested'],
  ['proposed', 'decline', 'employer', 'declined'],
  ['proposed', 'expire', 'system', 'expired'],
  ['interview_requested', 'schedule_interview', 'employer', 'interview_scheduled'],
  ['interview_requested', 'decline', 'employer', 'declined'],
  ['interview_requested', 'withdraw', 'adviser', 'withdrawn'],
  ['interview_scheduled', 'hire', 'employer', 'hired'],
  ['interview_scheduled', 'record_not_hired', 'employer', 'not_hired'],
  ['interview_scheduled', 'withdraw', 'adviser', 'withdrawn'],
  ['interview_scheduled', 'record_no_show', 'adviser', 'no_show'],
  ['interview_scheduled', 'share_contact', 'adviser', 'interview_scheduled'],
  ...(['suggested', 'shortlisted', 'proposed', 'interview_requested', 'interview_scheduled'] as const).map(
    (status): [MatchStatus, MatchAction, ActorKind, MatchStatus] => [status, 'cancel', 'system', 'cancelled'],
  ),
];

describe('pipeline state machine', () => {
  const combinations = matchStatuses.flatMap((status) =>
    matchActions.flatMap((action) =>
      (['adviser', 'employer', 'system'] as const).map((kind) => ({ status, action, kind })),
    ),
  );

  it.each(combinations)('$kind doing $action from $status', ({ status, action, kind }) => {
    const expected = allowed.find(([from, act, by]) => from === status && act === action && by === kind);
    const outcome = applyTransition(aMatch(status), requestFor(action), actors[kind], now);

    if (expected) {
      expect(outcome.kind).toBe('applied');
      if (outcome.kind !== 'applied') return;
      expect(outcome.match.status).toBe(expected[3]);
      expect(outcome.match.history).toEqual([
        expect.objectContaining({ action, from: status, to: expected[3], actor: actors[kind], at: now }),
      ]);
    } else {
      expect(['forbidden', 'illegal']).toContain(outcome.kind);
    }
  });

  it('lists the allowed actions when a step does not apply to the status', () => {
    const outcome = applyTransition(aMatch('shortlisted'), { action: 'withdraw' }, actors.adviser, now);

    expect(outcome).toEqual({ kind: 'illegal', allowed: ['dismiss', 'propose'] });
  });

  it('refuses an organisation other than the one on its side', () => {
    const stranger = { ...actors.employer, organizationId: 'another-company' };

    expect(applyTransition(aMatch('proposed'), { action: 'request_interview' }, stranger, now).kind).toBe('forbidden');
  });

  it('changes nothing on the same request twice (double click)', () => {
    const first = applyTransition(aMatch('suggested'), { action: 'shortlist' }, actors.adviser, now);
    if (first.kind !== 'applied') throw new Error('expected applied');

    const second = applyTransition(first.match, { action: 'shortlist' }, actors.adviser, now);

    expect(second).toEqual({ kind: 'unchanged', match: first.match });
  });

  it.each<[string, MatchStatus, TransitionRequest, string]>([
    ['a dismissal without reason', 'suggested', { action: 'dismiss' }, 'reason'],
    ['"other" without comment', 'suggested', { action: 'dismiss', reason: 'other' }, 'comment'],
    ['a system reason chosen by a person', 'suggested', { action: 'dismiss', reason: 'no_answer' }, 'reason'],
    ['a reason where none applies', 'suggested', { action: 'shortlist', reason: 'duplicate' }, 'reason'],
    ['an interview without details', 'interview_requested', { action: 'schedule_interview' }, 'interview'],
  ])('refuses %s, naming the field', (_case, status, request, field) => {
    const kind = request.action === 'schedule_interview' ? actors.employer : actors.adviser;
    const outcome = applyTransition(aMatch(status), request, kind, now);

    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.problems.map((problem) => problem.field)).toContain(field);
  });

  it('records the proposal comment, the interview and the contact agreement', () => {
    const proposed = applyTransition(
      aMatch('shortlisted'),
      { action: 'propose', comment: 'Très motivée, disponible tôt le matin.' },
      actors.adviser,
      now,
    );
    expect(proposed.kind === 'applied' && proposed.match.proposalComment).toBe(
      'Très motivée, disponible tôt le matin.',
    );
    expect(proposed.kind === 'applied' && proposed.match.proposedAt).toEqual(now);

    const shared = applyTransition(aMatch('interview_scheduled'), { action: 'share_contact' }, actors.adviser, now);
    expect(shared.kind === 'applied' && shared.match.contactShared).toBe(true);
  });
});
