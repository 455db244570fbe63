import type { Actor } from '../../accounts/session';
import { ConflictError } from '../../errors';
import { findManagedEvent } from '../eventAccess';
import { expectsToCome, type EventInvitation } from '../eventInvitation';
import { eventView, type RecruitmentEventView } from '../eventView';
import { canMoveTo, type RecruitmentEventStatus } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';
import { inviteeEvent, participationRequests } from '../recruitmentDomainEvents';

/**
 * draft → published → held → closed, or cancelled. Held (from its start on): those registered and
 * not checked in become no-shows. Cancelled: everyone registered or waiting is told.
 */
export class ChangeRecruitmentEventStatus {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    status: RecruitmentEventStatus;
  }): Promise<RecruitmentEventView> {
    const { actor, status } = input;
    const event = await findManagedEvent(this.deps, actor, input.eventId);
    if (event.status === status) {
      return eventView(event, actor, await this.deps.invitations.listForEvent(event.id));
    }
    if (!canMoveTo(event.status, status)) {
      throw new ConflictError(`Passage impossible de « ${event.status} » à « ${status} ».`);
    }
    const now = this.deps.clock.now();
    if (status === 'held' && now.getTime() < event.startsAt.getTime()) {
      throw new ConflictError('L’événement n’a pas encore commencé.');
    }
    const saved = { ...event, status, version: event.version + 1 };
    if (!(await this.deps.recruitmentEvents.save(saved, event.version, now))) {
      throw new ConflictError('L’événement vient d’être modifié par quelqu’un d’autre : rechargez-le.');
    }
    const invitations = await this.deps.invitations.listForEvent(event.id);
    if (status === 'cancelled') {
      await this.deps.events.publish(
        invitations
          .filter((item) => expectsToCome(item.status))
          .map((item) => inviteeEvent('recruitment_event.cancelled', saved, item, now, 'cancelled')),
      );
    }
    if (status === 'held') await this.markNoShows(invitations, now);
    if (status === 'published') {
      const asked = saved.participants.filter((item) => item.status === 'asked').map((item) => item.organizationId);
      await this.deps.events.publish(participationRequests(saved, asked, now));
    }
    return eventView(saved, actor, await this.deps.invitations.listForEvent(event.id));
  }

  private async markNoShows(invitations: EventInvitation[], now: Date): Promise<void> {
    for (const item of invitations.filter((invitation) => invitation.status === 'registered')) {
      await this.deps.invitations.saveIfStatus({ ...item, status: 'no_show', updatedAt: now }, 'registered');
    }
  }
}
