import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { DomainEvent } from '../../../ports/DomainEvents';
import type { DeliveryRepository, DomainEventSource, NotificationQueue } from '../../../ports/NotificationStores';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { PreferenceRepository } from '../../../ports/PreferenceRepository';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { timeOrderedId } from '../../common/timeOrderedId';
import { deliveryKey, type Delivery } from '../delivery';
import { notificationMessage } from '../notificationMessages';
import { effectivePreferences, frequencyOf, userChannels, wants } from '../notificationPreferences';
import { webhookEventType } from '../webhook';
import {
  notificationIntents,
  type Audience,
  type NotificationCategory,
  type NotificationChannel,
} from '../notificationRules';

export interface NotificationDeps {
  events: DomainEventSource;
  deliveries: DeliveryRepository;
  queue: NotificationQueue;
  users: UserRepository;
  candidates: CandidateRepository;
  offers: OfferRepository;
  preferences: PreferenceRepository;
  webhooks: WebhookRepository;
  clock: Clock;
}

/**
 * Turns the events of the outbox into deliveries: the rules say which audiences, the data say who
 * they are, their preferences which channels, each (event, person, channel) gets one delivery record and one send job of the same
 * key, then the event is marked handled. Run twice (or after a crash), it adds nothing.
 */
export class DispatchDomainEvents {
  constructor(private readonly deps: NotificationDeps) {}

  async execute(batchSize = 100): Promise<number> {
    const events = await this.deps.events.unhandled(batchSize);
    let created = 0;
    for (const event of events) {
      created += await this.dispatch(event);
      await this.deps.events.markHandled(event.id, this.deps.clock.now());
    }
    return created;
  }

  private async dispatch(event: DomainEvent): Promise<number> {
    const intents = notificationIntents(event);
    if (intents.length === 0) return 0;
    const offer = event.data.offerId ? await this.deps.offers.findById(String(event.data.offerId)) : null;
    const message = notificationMessage(event, offer?.title ?? null);
    const now = this.deps.clock.now();
    const deliveries: Delivery[] = [];
    const delivery = (recipient: Delivery['recipient'], channel: NotificationChannel, category: NotificationCategory) =>
      deliveries.push({
        key: deliveryKey(event.id, recipient.id, channel),
        eventId: event.id,
        recipient,
        channel,
        category,
        message,
        status: 'queued',
        notificationId: timeOrderedId(now),
        providerMessageId: null,
        error: null,
        createdAt: now,
        updatedAt: now,
      });

    for (const intent of intents) {
      for (const user of await this.users(intent.audience, event)) {
        const preferences = effectivePreferences(await this.deps.preferences.find(user.id));
        for (const channel of intent.channels) {
          // A daily frequency waits for the digest (not built yet): nothing is sent one by one.
          const wanted =
            userChannels.includes(channel) &&
            wants(preferences, intent.category, channel) &&
            frequencyOf(preferences, intent.category, channel) === 'immediate';
          if (wanted) delivery({ kind: 'user', ...user }, channel, intent.category);
        }
      }
      const type = webhookEventType(event);
      if (intent.channels.includes('webhook') && intent.audience === 'employer_members' && type) {
        const organizationId = String(event.data.offerOrganizationId);
        for (const subscription of await this.deps.webhooks.listForOrganization(organizationId)) {
          if (!subscription.eventTypes.includes(type)) continue;
          delivery({ kind: 'webhook', id: subscription.id, organizationId }, 'webhook', intent.category);
        }
      }
    }

    let created = 0;
    for (const item of deliveries) {
      if (await this.deps.deliveries.createIfAbsent(item)) created += 1;
      // Enqueued even when it existed: a crash may have come between the record and the job.
      await this.deps.queue.enqueueSend(item.key);
    }
    return created;
  }

  /** Users only: the person (a candidate, not a user) is reached by SMS or e-mail, not built yet. */
  private async users(audience: Audience, event: DomainEvent): Promise<{ id: string; organizationId: string }[]> {
    if (audience === 'referent_adviser' && event.data.candidateId) {
      const profile = await this.deps.candidates.findById(String(event.data.candidateId));
      return profile ? [{ id: profile.referentAdviserId, organizationId: profile.organizationId }] : [];
    }
    if (audience === 'employer_members' && event.data.offerOrganizationId) {
      const organizationId = String(event.data.offerOrganizationId);
      const members = await this.deps.users.listInOrganization(organizationId, { limit: 500 });
      return members.filter((user) => user.role === 'employer').map((user) => ({ id: user.id, organizationId }));
    }
    return [];
  }
}
