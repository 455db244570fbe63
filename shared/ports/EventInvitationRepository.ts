import type { EventInvitation, InvitationStatus } from '../domain/recruitmentEvents/eventInvitation';

export interface EventInvitationRepository {
  /** Keyed by (event, person): an invitation already there is left as it is. Returns those created. */
  createAllIfAbsent(invitations: readonly EventInvitation[]): Promise<EventInvitation[]>;
  findById(id: string): Promise<EventInvitation | null>;
  /** Every invitation of the event (bounded by the event's invitees). */
  listForEvent(eventId: string): Promise<EventInvitation[]>;
  listForEvents(eventIds: readonly string[]): Promise<EventInvitation[]>;
  /** Writes the invitation if its status is still `expected`; false when someone changed it first. */
  saveIfStatus(invitation: EventInvitation, expected: InvitationStatus): Promise<boolean>;
  /** Erasure: a person's invitations go with the profile. */
  deleteForCandidate(candidateId: string): Promise<void>;
}

/**
 * The places of an event, taken one by one: a place is a record whose key is unique, so that
 * however many answer at once, no more than the capacity are registered.
 */
export interface EventSeats {
  /** Takes a free place for the invitation (or returns the one it holds); false when all are taken. */
  take(eventId: string, capacity: number, invitationId: string): Promise<boolean>;
  /** Gives back the place the invitation holds, if any. */
  release(eventId: string, invitationId: string): Promise<void>;
}
