import type { DomainEvent } from '../../ports/DomainEvents';
import type { EventInvitation } from './eventInvitation';
import type { RecruitmentEvent } from './recruitmentEvent';

export type InviteeEventType =
  | 'recruitment_event.invited'
  | 'recruitment_event.registered'
  | 'recruitment_event.promoted'
  | 'recruitment_event.changed'
  | 'recruitment_event.cancelled';

/**
 * What the person is told of, one event per invitation. Each id names what it reports (the
 * invitation, and the answer or the revision it is about), so publishing again adds nothing.
 */
export function inviteeEvent(
  type: InviteeEventType,
  event: RecruitmentEvent,
  invitation: EventInvitation,
  at: Date,
  stamp: string,
): DomainEvent {
  return {
    id: `${type}:${invitation.id}:${stamp}`,
    type,
    at,
    data: {
      recruitmentEventId: event.id,
      invitationId: invitation.id,
      candidateId: invitation.candidateId,
      candidateOrganizationId: invitation.organizationId,
      revision: event.revision,
      answeredAt: invitation.answeredAt ? invitation.answeredAt.toISOString() : null,
      invitationStatus: invitation.status,
    },
  };
}

/** An employer asked to take part in a published event (once per employer and event). */
export function participationRequests(
  event: RecruitmentEvent,
  organizationIds: readonly string[],
  at: Date,
): DomainEvent[] {
  return organizationIds.map((organizationId) => ({
    id: `recruitment_event.participation_requested:${event.id}:${organizationId}`,
    type: 'recruitment_event.participation_requested' as const,
    at,
    data: {
      recruitmentEventId: event.id,
      offerOrganizationId: organizationId,
      eventTitle: event.title,
      startsAt: event.startsAt.toISOString(),
    },
  }));
}
