import type { EventInvitation } from './eventInvitation';
import type { RecruitmentEvent } from './recruitmentEvent';
import type { RecruitmentEventDeps } from './recruitmentEventDeps';
import { inviteeEvent } from './recruitmentDomainEvents';

type SeatDeps = Pick<RecruitmentEventDeps, 'seats' | 'invitations' | 'events' | 'clock'>;

const stampOf = (invitation: EventInvitation) => String(invitation.answeredAt?.getTime() ?? 0);

/**
 * « Je viens »: a place if one is free (taken atomically, see EventSeats), else the waiting list
 * (its place in the line is the first time the person asked). Answering again changes nothing.
 */
export async function register(
  deps: SeatDeps,
  event: RecruitmentEvent,
  invitation: EventInvitation,
): Promise<EventInvitation> {
  if (invitation.status === 'registered' || invitation.status === 'waitlisted') return invitation;
  const now = deps.clock.now();
  const took = await deps.seats.take(event.id, event.capacity, invitation.id);
  const next: EventInvitation = took
    ? { ...invitation, status: 'registered', answeredAt: now, waitlistedAt: null, updatedAt: now }
    : {
        ...invitation,
        status: 'waitlisted',
        answeredAt: now,
        waitlistedAt: invitation.waitlistedAt ?? now,
        updatedAt: now,
      };
  if (!(await deps.invitations.saveIfStatus(next, invitation.status))) {
    // Answered twice at once: the other answer stands.
    const current = await deps.invitations.findById(invitation.id);
    if (took && current?.status !== 'registered') await deps.seats.release(event.id, invitation.id);
    return current ?? invitation;
  }
  if (took) {
    await deps.events.publish([inviteeEvent('recruitment_event.registered', event, next, now, stampOf(next))]);
  } else {
    // A place given back between our attempt and now would otherwise stay empty.
    await fillFromWaitingList(deps, event);
    return (await deps.invitations.findById(invitation.id)) ?? next;
  }
  return next;
}

/** « Je ne viens pas »: the place goes back and the first of the waiting list moves up. */
export async function decline(
  deps: SeatDeps,
  event: RecruitmentEvent,
  invitation: EventInvitation,
): Promise<EventInvitation> {
  if (invitation.status === 'declined') return invitation;
  const now = deps.clock.now();
  const next: EventInvitation = {
    ...invitation,
    status: 'declined',
    answeredAt: now,
    waitlistedAt: null,
    updatedAt: now,
  };
  if (!(await deps.invitations.saveIfStatus(next, invitation.status))) {
    return (await deps.invitations.findById(invitation.id)) ?? invitation;
  }
  await deps.seats.release(event.id, invitation.id);
  await fillFromWaitingList(deps, event);
  return next;
}

/**
 * While places are free, the earliest of the waiting list is registered and told (SMS, else
 * e-mail). Run after every place given back, every capacity raised, every answer put on the list.
 */
export async function fillFromWaitingList(deps: SeatDeps, event: RecruitmentEvent): Promise<number> {
  if (event.status !== 'published') return 0;
  const waiting = (await deps.invitations.listForEvent(event.id))
    .filter((item) => item.status === 'waitlisted')
    .sort(
      (a, b) =>
        (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  let promoted = 0;
  for (const invitation of waiting) {
    if (!(await deps.seats.take(event.id, event.capacity, invitation.id))) break;
    const now = deps.clock.now();
    const next: EventInvitation = {
      ...invitation,
      status: 'registered',
      answeredAt: now,
      waitlistedAt: null,
      updatedAt: now,
    };
    if (!(await deps.invitations.saveIfStatus(next, 'waitlisted'))) {
      const current = await deps.invitations.findById(invitation.id);
      if (current?.status !== 'registered') await deps.seats.release(event.id, invitation.id);
      continue;
    }
    await deps.events.publish([inviteeEvent('recruitment_event.promoted', event, next, now, stampOf(next))]);
    promoted += 1;
  }
  return promoted;
}
