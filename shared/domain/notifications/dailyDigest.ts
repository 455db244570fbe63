import { DateTime } from 'luxon';
import type { NotificationMessage } from './notificationMessages';
import type { NotificationCategory } from './notificationRules';
import { appLinks } from './appLinks';

const zone = 'Europe/Paris';
export const digestHour = 8;
export const digestMinute = 30;

/**
 * One notification a user chose to receive once a day (frequency `daily`): kept until the digest
 * that takes it. `digestKey` is the key of that digest's delivery, set when it claims the item.
 */
export interface DigestItem {
  /** event | user | category: an event enters a user's digest once. */
  id: string;
  userId: string;
  organizationId: string;
  category: NotificationCategory;
  message: NotificationMessage;
  createdAt: Date;
  digestKey: string | null;
}

/** The latest 08:30 Paris time at or before now: a digest gathers what came before it. */
export function latestDigestCutoff(now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone });
  const today = local.set({ hour: digestHour, minute: digestMinute, second: 0, millisecond: 0 });
  return (today <= local ? today : today.minus({ days: 1 })).toJSDate();
}

/** One digest per user and day: the same key whichever worker (or run) builds it. */
export function digestDeliveryKey(cutoff: Date, userId: string): string {
  const day = DateTime.fromJSDate(cutoff, { zone }).toISODate();
  return `digest:${day}|${userId}|email`;
}

const categoryHeadings: Record<NotificationCategory, string> = {
  suggestions: 'Nouvelles suggestions',
  proposals: 'Candidatures proposées',
  interviews: 'Entretiens',
  outcomes: 'Suites données',
  reminders: 'Rappels',
  security: 'Sécurité du compte',
};

/** The items of one digest as one message, grouped by category, oldest first within each. */
export function digestMessage(items: readonly DigestItem[]): NotificationMessage {
  const sorted = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const sections = (Object.keys(categoryHeadings) as NotificationCategory[]).flatMap((category) => {
    const inCategory = sorted.filter((item) => item.category === category);
    if (inCategory.length === 0) return [];
    return [[`${categoryHeadings[category]} (${inCategory.length})`, ...inCategory.map(digestLine)].join('\n')];
  });
  const count = items.length;
  return {
    title: `Votre récapitulatif du jour : ${count} ${count > 1 ? 'nouveautés' : 'nouveauté'}`,
    body: sections.join('\n\n'),
    link: appLinks.notifications,
  };
}

const digestLine = (item: DigestItem) => `- ${item.message.title} : ${item.message.body}`;
