import type { Actor } from '../../accounts/session';
import { ConflictError, ForbiddenError, ValidationError } from '../../errors';
import { findReadableEvent } from '../eventAccess';
import { invitationId, type EventInvitation } from '../eventInvitation';
import { registrationOpen } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';
import { inviteeEvent } from '../recruitmentDomainEvents';

/**
 * An adviser invites people they follow (one or many): one invitation per person and event, the
 * message by SMS, else e-mail, through the notification pipeline (quiet hours, exactly once).
 */
export class InviteToEvent {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    candidateIds: string[];
  }): Promise<{ invited: number; alreadyInvited: number }> {
    const { actor } = input;
    if (actor.role !== 'adviser') throw new ForbiddenError('Réservé aux conseillers.');
    const event = await findReadableEvent(this.deps, actor, input.eventId);
    const now = this.deps.clock.now();
    if (!registrationOpen(event, now)) throw new ConflictError('Les inscriptions à cet événement sont closes.');
    const ids = [...new Set(input.candidateIds)];
    const profiles = await this.deps.candidates.listInOrganizationByIds(actor.organizationId, ids);
    const found = new Map(profiles.map((profile) => [profile.id, profile]));
    const problems = ids
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => found.get(id)?.status !== 'active')
      .map(({ index }) => ({
        field: `candidateIds.${index}`,
        reason: 'personne inconnue ou qui n’est plus en recherche active',
      }));
    if (problems.length > 0) throw new ValidationError('Personnes invalides.', problems);
    const invitations: EventInvitation[] = profiles.map((profile) => ({
      id: invitationId(event.id, profile.id),
      eventId: event.id,
      candidateId: profile.id,
      guestName: null,
      organizationId: actor.organizationId,
      invitedBy: actor.userId,
      invitedAt: now,
      channel: profile.contact.mobile ? 'sms' : profile.contact.email ? 'email' : 'none',
      status: 'invited',
      offerIds: [],
      answeredAt: null,
      waitlistedAt: null,
      checkedInAt: null,
      updatedAt: now,
    }));
    const created = await this.deps.invitations.createAllIfAbsent(invitations);
    await this.deps.events.publish(
      created
        .filter((item) => item.channel !== 'none')
        .map((item) => inviteeEvent('recruitment_event.invited', event, item, now, 'invited')),
    );
    return { invited: created.length, alreadyInvited: invitations.length - created.length };
  }
}
