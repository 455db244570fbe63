import type { Actor } from '../../accounts/session';
import { ConflictError, ValidationError } from '../../errors';
import { findManagedEvent } from '../eventAccess';
import { expectsToCome } from '../eventInvitation';
import { eventView, type RecruitmentEventView } from '../eventView';
import { resolveEventPlace, resolveParticipants, timeProblems, type RecruitmentEventInput } from '../checkEventContent';
import { fillFromWaitingList } from '../fillFromWaitingList';
import type { RecruitmentEvent } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';
import { inviteeEvent, participationRequests } from '../recruitmentDomainEvents';

export type RecruitmentEventChanges = Partial<Omit<RecruitmentEventInput, 'kind' | 'campaignId'>>;

/**
 * The organiser changes an event before it is held. A new time or place is a new revision: the
 * people registered or waiting are told, and their reminders follow the new time. More places
 * call the waiting list up.
 */
export class UpdateRecruitmentEvent {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    changes: RecruitmentEventChanges;
  }): Promise<RecruitmentEventView> {
    const { actor, changes } = input;
    const before = await findManagedEvent(this.deps, actor, input.eventId);
    if (before.status !== 'draft' && before.status !== 'published') {
      throw new ConflictError('Un événement tenu, clos ou annulé ne se modifie plus.');
    }
    const { participants: participantInputs, place: placeInput, ...content } = changes;
    const next: RecruitmentEvent = {
      ...before,
      ...content,
      ...(placeInput ? { place: await resolveEventPlace(this.deps, placeInput) } : {}),
      ...(participantInputs
        ? {
            participants: await resolveParticipants(
              this.deps,
              before.territoryId,
              participantInputs,
              before.participants,
            ),
          }
        : {}),
    };
    const problems = timeProblems(next);
    if (problems.length > 0) throw new ValidationError('Dates incohérentes.', problems);
    const moved =
      next.startsAt.getTime() !== before.startsAt.getTime() ||
      next.endsAt.getTime() !== before.endsAt.getTime() ||
      JSON.stringify(next.place) !== JSON.stringify(before.place);
    const saved = { ...next, revision: before.revision + (moved ? 1 : 0), version: before.version + 1 };
    const now = this.deps.clock.now();
    if (!(await this.deps.recruitmentEvents.save(saved, before.version, now))) {
      throw new ConflictError('L’événement vient d’être modifié par quelqu’un d’autre : rechargez-le.');
    }
    if (saved.status === 'published') {
      const askedBefore = new Set(before.participants.map((item) => item.organizationId));
      const added = saved.participants.filter((item) => !askedBefore.has(item.organizationId));
      await this.deps.events.publish(
        participationRequests(
          saved,
          added.map((item) => item.organizationId),
          now,
        ),
      );
    }
    let invitations = await this.deps.invitations.listForEvent(saved.id);
    if (moved && saved.status === 'published') {
      await this.deps.events.publish(
        invitations
          .filter((item) => expectsToCome(item.status))
          .map((item) => inviteeEvent('recruitment_event.changed', saved, item, now, `r${saved.revision}`)),
      );
    }
    if (saved.capacity > before.capacity && saved.status === 'published') {
      await fillFromWaitingList(this.deps, saved);
      invitations = await this.deps.invitations.listForEvent(saved.id);
    }
    return eventView(saved, actor, invitations);
  }
}
