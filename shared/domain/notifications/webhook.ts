import type { DomainEvent } from '../../ports/DomainEvents';

/** What an employer organisation's systems can subscribe to. */
export const webhookEventTypes = [
  'match.proposed',
  'match.withdrawn',
  'match.cancelled',
  'match.reminder_due',
  'offer.expiry_reminder',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface WebhookSubscription {
  id: string;
  organizationId: string;
  url: string;
  eventTypes: WebhookEventType[];
  /** Signs every delivery (HMAC-SHA256); shown once, at creation. */
  secret: string;
  createdBy: string;
  createdAt: Date;
}

/** The webhook type of a domain event, or null when none is offered for it. */
export function webhookEventType(event: DomainEvent): WebhookEventType | null {
  if (event.type === 'match.reminder_due' || event.type === 'offer.expiry_reminder') return event.type;
  if (event.type !== 'match.transitioned') return null;
  if (event.data.action === 'propose') return 'match.proposed';
  if (event.data.action === 'withdraw') return 'match.withdrawn';
  if (event.data.action === 'cancel' && event.data.visibleToEmployer === true) return 'match.cancelled';
  return null;
}

/**
 * What an employer's systems receive of an event: the match, the offer and the step, never who
 * follows the person nor which adviser acted (the event itself carries both for our own routing).
 */
const employerFacingFields = [
  'matchId',
  'offerId',
  'action',
  'from',
  'to',
  'reason',
  'daysWaiting',
  'expiresInDays',
  'daysLeft',
];

export function webhookPayloadData(event: DomainEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event.data).filter(([field]) => employerFacingFields.includes(field)));
}
