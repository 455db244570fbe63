export const invitationStatuses = ['invited', 'registered', 'declined', 'waitlisted', 'attended', 'no_show'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export type InvitationChannel = 'sms' | 'email' | 'none' | 'walk_in';

/**
 * One person asked to one event: invited → registered | declined | waitlisted → attended |
 * no_show. Its id is the pair's, so inviting twice is one invitation.
 */
export interface EventInvitation {
  id: string;
  eventId: string;
  /** A person followed; for a walk-in of another structure recorded by name, `guest:<id>`. */
  candidateId: string;
  /** A walk-in recorded by name only (not followed in Passerelle by the caller's structure). */
  guestName: string | null;
  /** The structure that follows the person (their adviser's), which invited them. */
  organizationId: string;
  invitedBy: string;
  invitedAt: Date;
  channel: InvitationChannel;
  status: InvitationStatus;
  /** The offers of the event the person fitted when invited. */
  offerIds: string[];
  answeredAt: Date | null;
  /** Place in the waiting list: the earliest answer moves up first. */
  waitlistedAt: Date | null;
  checkedInAt: Date | null;
  updatedAt: Date;
}

export const invitationId = (eventId: string, candidateId: string) => `${eventId}:${candidateId}`;

export const isGuest = (invitation: Pick<EventInvitation, 'candidateId'>) =>
  invitation.candidateId.startsWith('guest:');

/** Who still expects to come (or to be called from the waiting list). */
export const expectsToCome = (status: InvitationStatus) => status === 'registered' || status === 'waitlisted';

/** Someone who came: checked in on the day (a walk-in too). */
export const attended = (status: InvitationStatus) => status === 'attended';
