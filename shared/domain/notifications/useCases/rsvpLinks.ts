import type { EventInvitationRepository } from '../../../ports/EventInvitationRepository';
import type { LinkTokens } from '../../../ports/LinkTokens';
import type { RecruitmentEventRepository } from '../../../ports/RecruitmentEventRepository';
import { accountLinkPaths } from '../../accounts/accountLinks';
import { rsvpLinkPlaceholder } from '../../recruitmentEvents/eventMessages';
import type { NotificationMessage } from '../notificationMessages';

/**
 * An invitee's answer link is signed when the message goes (over the invitation, until the
 * event's end), never stored: the delivery keeps `rsvp:<invitation>` and the text a placeholder.
 */
export class RsvpLinks {
  constructor(
    private readonly deps: {
      recruitmentEvents: RecruitmentEventRepository;
      eventInvitations: EventInvitationRepository;
      linkTokens: LinkTokens;
      appUrl: string;
    },
  ) {}

  /** The message with its link signed in; a message of another kind is returned as it is (link emptied). */
  async resolve(message: NotificationMessage): Promise<NotificationMessage> {
    if (!message.link.startsWith('rsvp:')) return message;
    const invitation = await this.deps.eventInvitations.findById(message.link.slice('rsvp:'.length));
    const event = invitation ? await this.deps.recruitmentEvents.findById(invitation.eventId) : null;
    if (!invitation || !event) return { ...message, body: message.body.replace(rsvpLinkPlaceholder, ''), link: '' };
    const token = this.deps.linkTokens.sign('event_rsvp', invitation.id, event.endsAt);
    const url = `${this.deps.appUrl}${accountLinkPaths.event_rsvp(token)}`;
    return { ...message, body: message.body.replace(rsvpLinkPlaceholder, url), link: url };
  }

  /** A reminder goes only to someone still registered by the same answer, for the event as it was. */
  async reminderStillHolds(reminder: { invitationId: string; revision: number; answeredAt: Date | null }) {
    const invitation = await this.deps.eventInvitations.findById(reminder.invitationId);
    if (invitation?.status !== 'registered') return false;
    if ((invitation.answeredAt?.getTime() ?? null) !== (reminder.answeredAt?.getTime() ?? null)) return false;
    const event = await this.deps.recruitmentEvents.findById(invitation.eventId);
    return event?.status === 'published' && event.revision === reminder.revision;
  }
}
