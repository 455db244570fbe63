import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { DomainEvent } from '../../../ports/DomainEvents';
import type { DeliveryRepository, DomainEventSource, NotificationQueue } from '../../../ports/NotificationStores';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { PreferenceRepository } from '../../../ports/PreferenceRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { timeOrderedId } from '../../common/timeOrderedId';
import { deliveryKey, type Delivery } from '../delivery';
import { notificationMessage } from '../notificationMessages';
import { effectivePreferences, frequencyOf, wants } from '../notificationPreferences';
import { notificationIntents, type Audience, type NotificationChannel } from '../notificationRules';

export interface NotificationDeps {
  events: DomainEventSource;
  deliveries: DeliveryRepository;
  queue: NotificationQueue;
  users: UserRepository;
  candidates: CandidateRepository;
  offers: OfferRepository;
  preferences: PreferenceRepository;
  clock: Clock;
}

/** The channels sent so far; the others (SMS, webhooks) come with their adapters. */
const implementedChannels: readonly NotificationChannel[] = ['in_app', 'email'];

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
    let created = 0;
    for (const intent of intents) {
      for (const recipient of await this.recipients(intent.audience, event)) {
        const preferences = effectivePreferences(await this.deps.preferences.find(recipient.userId));
        const channels = intent.channels.filter(
          // A daily frequency waits for the digest (not built yet): nothing is sent one by one.
          (channel) =>
            implementedChannels.includes(channel) &&
            wants(preferences, intent.category, channel) &&
            frequencyOf(preferences, intent.category, channel) === 'immediate',
        );
        for (const channel of channels) {
          const delivery: Delivery = {
            key: deliveryKey(event.id, recipient.userId, channel),
            eventId: event.id,
            recipient,
            channel,
            category: intent.category,
            message,
            status: 'queued',
            notificationId: timeOrderedId(now),
            providerMessageId: null,
            error: null,
            createdAt: now,
            updatedAt: now,
          };
          if (await this.deps.deliveries.createIfAbsent(delivery)) created += 1;
          // Enqueued even when it existed: a crash may have come between the record and the job.
          await this.deps.queue.enqueueSend(delivery.key);
        }
      }
    }
    return created;
  }

  /** Users only so far: the person (a candidate, not a user) is reached by SMS or e-mail, not built yet. */
  private async recipients(
    audience: Audience,
    event: DomainEvent,
  ): Promise<{ userId: string; organizationId: string }[]> {
    if (audience === 'referent_adviser' && event.data.candidateId) {
      const profile = await this.deps.candidates.findById(String(event.data.candidateId));
      return profile ? [{ userId: profile.referentAdviserId, organizationId: profile.organizationId }] : [];
    }
    if (audience === 'employer_members' && event.data.offerOrganizationId) {
      const organizationId = String(event.data.offerOrganizationId);
      const members = await this.deps.users.listInOrganization(organizationId, { limit: 500 });
      return members.filter((user) => user.role === 'employer').map((user) => ({ userId: user.id, organizationId }));
    }
    return [];
  }
}
