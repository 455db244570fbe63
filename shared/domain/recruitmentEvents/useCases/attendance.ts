import { randomUUID } from 'node:crypto';
import type { Actor } from '../../accounts/session';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { canManage, findReadableEvent } from '../eventAccess';
import { invitationId, isGuest, type EventInvitation, type InvitationStatus } from '../eventInvitation';
import type { RecruitmentEvent } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

export interface AttendanceLine {
  invitationId: string;
  candidateId: string | null;
  name: string;
  organizationName: string;
  status: InvitationStatus;
  walkIn: boolean;
  checkedInAt: Date | null;
}

export type WalkIn = { candidateId: string } | { firstName: string; lastName: string; organizationId: string };

/** Who is expected or came: everything but those who declined or were only invited (unless they came). */
const onTheList = (status: InvitationStatus) => status !== 'declined' && status !== 'invited';

/**
 * The list the organiser's advisers check people in with, on the day, on a phone: everyone
 * registered, waiting or come for the organiser; an adviser of another structure sees their own
 * people only. Names only: no contact, no barrier.
 */
export class ListEventAttendance {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; eventId: string }): Promise<{ items: AttendanceLine[] }> {
    const event = await findReadableEvent(this.deps, input.actor, input.eventId);
    return { items: await attendanceOf(this.deps, input.actor, event) };
  }
}

export class CheckInAttendee {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; eventId: string; invitationId: string; present: boolean }) {
    const event = await dayOfEvent(this.deps, input.actor, input.eventId);
    const invitation = await this.deps.invitations.findById(input.invitationId);
    if (!invitation || invitation.eventId !== event.id) throw new NotFoundError('Personne absente de la liste.');
    const now = this.deps.clock.now();
    const status: InvitationStatus = input.present
      ? 'attended'
      : invitation.channel === 'walk_in'
        ? 'declined'
        : event.status === 'held'
          ? 'no_show'
          : 'registered';
    if (status !== invitation.status) {
      const saved = await this.deps.invitations.saveIfStatus(
        { ...invitation, status, checkedInAt: input.present ? now : null, updatedAt: now },
        invitation.status,
      );
      if (!saved) throw new ConflictError('Cette ligne vient de changer : rechargez la liste.');
    }
    return { items: await attendanceOf(this.deps, input.actor, event) };
  }
}

/** Someone who came without being registered: one of the caller's people, or by name with their structure. */
export class AddWalkIn {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; eventId: string; walkIn: WalkIn }) {
    const { actor, walkIn } = input;
    const event = await dayOfEvent(this.deps, actor, input.eventId);
    const now = this.deps.clock.now();
    const base = {
      eventId: event.id,
      invitedBy: actor.userId,
      invitedAt: now,
      channel: 'walk_in' as const,
      status: 'attended' as const,
      offerIds: [],
      answeredAt: null,
      waitlistedAt: null,
      checkedInAt: now,
      updatedAt: now,
    };
    if ('candidateId' in walkIn) {
      const profile = await this.deps.candidates.findInOrganization(actor.organizationId, walkIn.candidateId);
      if (!profile) {
        throw new ValidationError('Personne inconnue.', [
          { field: 'candidateId', reason: 'personne inconnue de votre structure' },
        ]);
      }
      const id = invitationId(event.id, profile.id);
      const existing = await this.deps.invitations.findById(id);
      if (existing) {
        if (existing.status !== 'attended') {
          await this.deps.invitations.saveIfStatus(
            { ...existing, status: 'attended', checkedInAt: now, updatedAt: now },
            existing.status,
          );
        }
      } else {
        await this.deps.invitations.createAllIfAbsent([
          { ...base, id, candidateId: profile.id, guestName: null, organizationId: actor.organizationId },
        ]);
      }
    } else {
      const organization = await this.deps.organizations.findInTerritory(event.territoryId, walkIn.organizationId);
      if (!organization || organization.kind === 'employer') {
        throw new ValidationError('Structure inconnue.', [
          { field: 'organizationId', reason: 'structure d’insertion inconnue sur ce territoire' },
        ]);
      }
      const guest = `guest:${randomUUID()}`;
      await this.deps.invitations.createAllIfAbsent([
        {
          ...base,
          id: invitationId(event.id, guest),
          candidateId: guest,
          guestName: `${walkIn.firstName} ${walkIn.lastName}`,
          organizationId: organization.id,
        },
      ]);
    }
    return { items: await attendanceOf(this.deps, actor, event) };
  }
}

/** Checking in is the organisers', while the event is published or held. */
async function dayOfEvent(deps: RecruitmentEventDeps, actor: Actor, eventId: string): Promise<RecruitmentEvent> {
  const event = await findReadableEvent(deps, actor, eventId);
  if (!canManage(actor, event)) throw new NotFoundError('Événement introuvable.');
  if (event.status !== 'published' && event.status !== 'held') {
    throw new ConflictError('L’émargement est fermé pour cet événement.');
  }
  return event;
}

async function attendanceOf(
  deps: RecruitmentEventDeps,
  actor: Actor,
  event: RecruitmentEvent,
): Promise<AttendanceLine[]> {
  const all = await deps.invitations.listForEvent(event.id);
  const visible = all.filter(
    (item) =>
      (onTheList(item.status) || item.checkedInAt) &&
      (canManage(actor, event) || item.organizationId === actor.organizationId),
  );
  const names = new Map<string, string>();
  const organizations = new Map<string, string>();
  for (const organizationId of new Set(visible.map((item) => item.organizationId))) {
    organizations.set(organizationId, (await deps.organizations.findById(organizationId))?.name ?? '');
    const ids = visible
      .filter((item) => item.organizationId === organizationId && !isGuest(item))
      .map((item) => item.candidateId);
    for (const profile of await deps.candidates.listInOrganizationByIds(organizationId, ids)) {
      names.set(profile.id, `${profile.contact.firstName} ${profile.contact.lastName}`);
    }
  }
  const lines = visible.map((item: EventInvitation) => ({
    invitationId: item.id,
    candidateId: isGuest(item) ? null : item.candidateId,
    name: item.guestName ?? names.get(item.candidateId) ?? 'Personne supprimée',
    organizationName: organizations.get(item.organizationId) ?? '',
    status: item.status,
    walkIn: item.channel === 'walk_in',
    checkedInAt: item.checkedInAt,
  }));
  return lines.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
