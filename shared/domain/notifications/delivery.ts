import type { NotificationMessage } from './notificationMessages';
import type { NotificationCategory, NotificationChannel } from './notificationRules';

export const recipientKinds = ['user', 'candidate', 'webhook', 'invitee', 'password_reset'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

export const deliveryStatuses = ['queued', 'sent', 'delivered', 'bounced', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * One message to one recipient on one channel for one event. Its key is unique, and is the id of
 * the job that sends it: the same event never reaches the same person twice on a channel.
 */
export interface Delivery {
  key: string;
  eventId: string;
  /**
   * A user of the application, a person followed (SMS or e-mail), an organisation's webhook, or
   * the holder of an account link: an invitation (`id`: the invitation's) or a password reset.
   */
  recipient: {
    kind: RecipientKind;
    id: string;
    organizationId: string;
  };
  channel: NotificationChannel;
  /** digest: the daily e-mail that gathers a user's `daily` notifications. */
  category: NotificationCategory | 'digest';
  message: NotificationMessage;
  status: DeliveryStatus;
  /** The in-app notification's id, chosen when the delivery is created (sending twice stores one). */
  notificationId: string;
  /** What the provider answered (the SMTP Message-ID, the SMS provider's id), once sent. */
  providerMessageId: string | null;
  /** A reminder of an interview: sent only if the match still has this interview then. */
  reminderOf: { matchId: string; interviewAt: Date } | null;
  /**
   * A reminder of a recruitment event: sent only if the invitation is still registered by the same
   * answer, and the event still published at the same revision (time and place).
   */
  eventReminderOf?: { invitationId: string; revision: number; answeredAt: Date | null } | null;
  /** A daily digest: it gathers, when sent, the user's items from before this moment. */
  digestUntil: Date | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const deliveryKey = (eventId: string, recipientId: string, channel: NotificationChannel) =>
  `${eventId}|${recipientId}|${channel}`;

/** What a user reads in the application. */
export interface InAppNotification {
  id: string;
  userId: string;
  category: NotificationCategory;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}
