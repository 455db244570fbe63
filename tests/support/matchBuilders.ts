/** A match and complete transition requests, for the pure tests of the pipeline. */
import type { PipelineActor, TransitionRequest } from '../../shared/domain/pipeline/applyTransition';
import type { Match } from '../../shared/domain/pipeline/match';
import type { ActorKind, MatchAction, MatchStatus } from '../../shared/domain/pipeline/pipelineStates';

const createdAt = new Date('2026-11-24T10:00:00Z');

export const actors: Record<ActorKind, PipelineActor> = {
  adviser: { kind: 'adviser', userId: 'adviser-1', organizationId: 'structure' },
  employer: { kind: 'employer', userId: 'employer-1', organizationId: 'company' },
  system: { kind: 'system', userId: null, organizationId: null },
};

export function aMatch(status: MatchStatus, overrides: Partial<Match> = {}): Match {
  return {
    id: 'match-1',
    offerId: 'offer-1',
    candidateId: 'candidate-1',
    offerOrganizationId: 'company',
    candidateOrganizationId: 'structure',
    status,
    assessment: { score: 70, breakdown: [], explanation: { met: [], missing: [] } },
    proposalComment: null,
    proposedAt: null,
    sharedProfile: null,
    interview: null,
    contactShared: false,
    history: [],
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

/** A request complete enough for the action, so that only the table decides. */
export function requestFor(action: MatchAction): TransitionRequest {
  if (action === 'dismiss' || action === 'decline') return { action, reason: 'lacking_skills' };
  if (action === 'schedule_interview') {
    return {
      action,
      interview: {
        at: new Date('2026-12-01T09:00:00Z'),
        place: '12 rue de Lille',
        videoUrl: null,
        contactName: 'M. Roux',
      },
    };
  }
  return { action };
}
