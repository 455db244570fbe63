import type { DomainEvent } from '../../../ports/DomainEvents';
import type { QuietHours } from '../quietHours';
import { smsAllowedFrom } from '../quietHours';
import type { RecruitmentEventRepository } from '../../../ports/RecruitmentEventRepository';
import type { Delivery } from '../delivery';
import { eventMessage, type EventMessageKind } from '../../recruitmentEvents/eventMessages';
import { eventReminders } from '../../recruitmentEvents/eventReminders';
import type { NotificationCategory, NotificationChannel } from '../notificationRules';
import type { NotificationMessage } from '../notificationMessages';

/** How the dispatcher takes a delivery to plan (what this module gives it). */
type AddDelivery = (
  recipient: Delivery['recipient'],
  channel: NotificationChannel,
  category: NotificationCategory,
  options: {
    body: NotificationMessage;
    keySuffix?: string;
    eventReminderOf?: Delivery['eventReminderOf'];
    notBefore?: Date;
  },
) => void;

/** The link an invitee's message carries, turned into their signed answer link when it is sent (sendDelivery). */
export const rsvpLinkOf = (invitationId: string) => `rsvp:${invitationId}`;

const immediate: Partial<Record<DomainEvent['type'], EventMessageKind>> = {
  'recruitment_event.invited': 'invited',
  'recruitment_event.promoted': 'promoted',
  'recruitment_event.changed': 'changed',
  'recruitment_event.cancelled': 'cancelled',
};

/**
 * A person invited to an event: the message of the step (by SMS, else e-mail, never in quiet
 * hours), and for a place held (registered, moved up from the waiting list, the event moved) the
 * reminders: two days before (SMS, else e-mail) and the day before a morning event (SMS only).
 * Each reminder checks, when due, that the person still comes and the event still holds.
 */
export async function planInviteeDeliveries(
  deps: { recruitmentEvents: RecruitmentEventRepository; smsQuietHours: QuietHours | null },
  event: DomainEvent,
  target: { recipient: Delivery['recipient']; channel: NotificationChannel },
  now: Date,
  delivery: AddDelivery,
): Promise<void> {
  const recruitmentEvent = await deps.recruitmentEvents.findById(String(event.data.recruitmentEventId));
  if (!recruitmentEvent) return;
  const invitationId = String(event.data.invitationId);
  const { recipient, channel } = target;
  const link = rsvpLinkOf(invitationId);
  const quiet = (at: Date, on: NotificationChannel) => (on === 'sms' ? smsAllowedFrom(at, deps.smsQuietHours) : at);
  const kind = immediate[event.type];
  if (kind) {
    const notBefore = quiet(now, channel);
    delivery(recipient, channel, 'interviews', {
      body: { ...eventMessage(kind, recruitmentEvent), link },
      ...(notBefore.getTime() > now.getTime() ? { notBefore } : {}),
    });
  }
  const holdsPlace =
    event.type === 'recruitment_event.registered' ||
    event.type === 'recruitment_event.promoted' ||
    (event.type === 'recruitment_event.changed' && event.data.invitationStatus === 'registered');
  if (!holdsPlace || recruitmentEvent.status !== 'published') return;
  const answeredAt = event.data.answeredAt ? new Date(String(event.data.answeredAt)) : null;
  for (const reminder of eventReminders(recruitmentEvent.startsAt, now)) {
    const on: NotificationChannel | null = reminder.kind === 'j1' ? (channel === 'sms' ? 'sms' : null) : channel;
    if (!on) continue;
    delivery(recipient, on, 'reminders', {
      body: { ...eventMessage(reminder.kind === 'j2' ? 'reminder_j2' : 'reminder_j1', recruitmentEvent), link },
      keySuffix: `-${reminder.kind}`,
      eventReminderOf: { invitationId, revision: Number(event.data.revision), answeredAt },
      notBefore: quiet(reminder.at, on),
    });
  }
}
