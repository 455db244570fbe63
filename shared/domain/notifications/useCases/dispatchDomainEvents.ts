import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { DomainEvent } from '../../../ports/DomainEvents';
import type {
  DeliveryRepository,
  DigestItemRepository,
  DomainEventSource,
  NotificationQueue,
} from '../../../ports/NotificationStores';
import type { MatchRepository } from '../../../ports/MatchRepository';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { PreferenceRepository } from '../../../ports/PreferenceRepository';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { timeOrderedId } from '../../common/timeOrderedId';
import { deliveryKey, type Delivery } from '../delivery';
import { candidateMessage, candidateMessageTitle, interviewReminder } from '../candidateMessages';
import type { DigestItem } from '../dailyDigest';
import { notificationMessage, type NotificationMessage } from '../notificationMessages';
import { smsAllowedFrom, type QuietHours } from '../quietHours';
import { effectivePreferences, frequencyOf, userChannels, wants } from '../notificationPreferences';
import { webhookEventType } from '../webhook';
import { UserRecipients } from './userRecipients';
import { planInviteeDeliveries } from './inviteeDeliveries';
import type { RecruitmentEventRepository } from '../../../ports/RecruitmentEventRepository';
import { notificationIntents, type NotificationCategory, type NotificationChannel } from '../notificationRules';

interface PlannedDelivery {
  delivery: Delivery;
  notBefore?: Date;
}

interface Plan {
  deliveries: PlannedDelivery[];
  /** What waits for the users' daily digest (frequency `daily`). */
  digestItems: DigestItem[];
}

interface DeliveryOptions {
  body?: NotificationMessage;
  keySuffix?: string;
  reminderOf?: Delivery['reminderOf'];
  eventReminderOf?: Delivery['eventReminderOf'];
  notBefore?: Date;
}

type AddDelivery = (
  recipient: Delivery['recipient'],
  channel: NotificationChannel,
  category: NotificationCategory,
  options?: DeliveryOptions,
) => void;

export interface NotificationDeps {
  events: DomainEventSource;
  deliveries: DeliveryRepository;
  digestItems: DigestItemRepository;
  queue: NotificationQueue;
  users: UserRepository;
  candidates: CandidateRepository;
  offers: OfferRepository;
  matches: MatchRepository;
  preferences: PreferenceRepository;
  webhooks: WebhookRepository;
  clock: Clock;
  /** No SMS then (SMS_QUIET_HOURS); null: none. */
  smsQuietHours: QuietHours | null;
  recruitmentEvents: RecruitmentEventRepository;
}

/**
 * Turns the events of the outbox into deliveries: the rules say which audiences, the data say who
 * they are, their preferences which channels and how often. Each (event, person, channel) gets one
 * delivery record and one send job of the same key, or one item of the person's daily digest;
 * then the event is marked handled. Run twice (or after a crash), it adds nothing.
 */
export class DispatchDomainEvents {
  private readonly recipients: UserRecipients;

  constructor(private readonly deps: NotificationDeps) {
    this.recipients = new UserRecipients(deps, (key, read) => this.once(key, read));
  }

  async execute(batchSize = 100): Promise<number> {
    const events = await this.deps.events.unhandled(batchSize);
    // Within one batch, an organisation's members and webhooks and a user's preferences are read once.
    this.memo = new Map();
    const planned: PlannedDelivery[] = [];
    const digestItems: DigestItem[] = [];
    for (const event of events) {
      const plan = await this.plan(event);
      planned.push(...plan.deliveries);
      digestItems.push(...plan.digestItems);
    }
    // Records first, then jobs (enqueued even for records already there: a crash may have come
    // between the two), then the events marked handled: a crash at any point redoes what is missing.
    const created = await this.deps.deliveries.createAllIfAbsent(planned.map((item) => item.delivery));
    await this.deps.digestItems.addAllIfAbsent(digestItems);
    await this.deps.queue.enqueueSends(
      planned.map((item) => ({
        deliveryKey: item.delivery.key,
        ...(item.notBefore ? { notBefore: item.notBefore } : {}),
      })),
    );
    await this.deps.events.markHandled(events.map((event) => event.id));
    return created;
  }

  private memo = new Map<string, Promise<unknown>>();

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = read();
      this.memo.set(key, value);
    }
    return value;
  }

  private async plan(event: DomainEvent): Promise<Plan> {
    const intents = notificationIntents(event);
    const digestItems: DigestItem[] = [];
    if (intents.length === 0) return { deliveries: [], digestItems };
    const offer = event.data.offerId ? await this.deps.offers.findById(String(event.data.offerId)) : null;
    const message = notificationMessage(event, offer?.title ?? null);
    const now = this.deps.clock.now();
    const deliveries: PlannedDelivery[] = [];
    const delivery: AddDelivery = (recipient, channel, category, options = {}) =>
      deliveries.push({
        delivery: {
          key: deliveryKey(event.id, `${recipient.id}${options.keySuffix ?? ''}`, channel),
          eventId: event.id,
          recipient,
          channel,
          category,
          message: options.body ?? message,
          status: 'queued',
          notificationId: timeOrderedId(now),
          providerMessageId: null,
          reminderOf: options.reminderOf ?? null,
          eventReminderOf: options.eventReminderOf ?? null,
          digestUntil: null,
          error: null,
          createdAt: now,
          updatedAt: now,
        },
        ...(options.notBefore ? { notBefore: options.notBefore } : {}),
      });

    for (const intent of intents) {
      if (intent.audience === 'account_link_holder') {
        // Not a user yet (an invitation), or one who cannot sign in (a reset): by e-mail, whatever the preferences.
        const invitationId = event.data.invitationId ? String(event.data.invitationId) : null;
        const linkId = invitationId ?? String(event.data.resetId);
        const kind = invitationId ? ('invitee' as const) : ('password_reset' as const);
        delivery({ kind, id: linkId, organizationId: String(event.data.organizationId) }, 'email', intent.category);
        continue;
      }
      for (const user of await this.recipients.of(intent.audience, event, offer?.title ?? null)) {
        const preferences = effectivePreferences(
          await this.once(`preferences:${user.id}`, () => this.deps.preferences.find(user.id)),
        );
        const body = user.message ?? message;
        for (const channel of intent.channels) {
          if (!userChannels.includes(channel) || !wants(preferences, intent.category, channel)) continue;
          if (frequencyOf(preferences, intent.category, channel) === 'daily') {
            // Gathered into the 08:30 e-mail instead of sent one by one.
            digestItems.push({
              id: `${event.id}|${user.id}|${intent.category}`,
              userId: user.id,
              organizationId: user.organizationId,
              category: intent.category,
              message: body,
              createdAt: now,
              digestKey: null,
            });
          } else {
            const recipient = { kind: 'user' as const, id: user.id, organizationId: user.organizationId };
            delivery(recipient, channel, intent.category, { body });
          }
        }
      }
      if (intent.audience === 'candidate')
        await this.toCandidate(event, intent.category, offer?.title ?? '', now, delivery);
      const type = webhookEventType(event);
      if (intent.channels.includes('webhook') && intent.audience === 'employer_members' && type) {
        const organizationId = String(event.data.offerOrganizationId);
        const subscriptions = await this.once(`webhooks:${organizationId}`, () =>
          this.deps.webhooks.listForOrganization(organizationId),
        );
        for (const subscription of subscriptions) {
          if (!subscription.eventTypes.includes(type)) continue;
          delivery({ kind: 'webhook', id: subscription.id, organizationId }, 'webhook', intent.category);
        }
      }
    }

    return { deliveries, digestItems };
  }

  /**
   * The person: by SMS to their mobile (never between 20:00 and 08:00), else by e-mail; for a
   * scheduled interview, a reminder the day before too, which goes only if the interview holds.
   */
  private async toCandidate(
    event: DomainEvent,
    category: NotificationCategory,
    offerTitle: string,
    now: Date,
    delivery: AddDelivery,
  ): Promise<void> {
    const profile = event.data.candidateId ? await this.recipients.profileOf(String(event.data.candidateId)) : null;
    if (!profile) return;
    const channel: NotificationChannel | null = profile.contact.mobile ? 'sms' : profile.contact.email ? 'email' : null;
    if (!channel) return;
    if (event.type.startsWith('recruitment_event.')) {
      const recipient = { kind: 'candidate' as const, id: profile.id, organizationId: profile.organizationId };
      await planInviteeDeliveries(this.deps, event, { recipient, channel }, now, delivery);
      return;
    }
    const match = event.data.matchId ? await this.deps.matches.findById(String(event.data.matchId)) : null;
    const interview = match?.interview ?? null;
    const text = candidateMessage(event, { offerTitle, interview });
    if (!text) return;
    const recipient = { kind: 'candidate' as const, id: profile.id, organizationId: profile.organizationId };
    // The title is an e-mail's subject (an SMS has none).
    const asMessage = (body: string, kind: 'step' | 'reminder' = 'step'): NotificationMessage => ({
      title: candidateMessageTitle(event.data.action, kind),
      body,
      link: '',
    });
    const notBefore = channel === 'sms' ? smsAllowedFrom(now, this.deps.smsQuietHours) : undefined;
    delivery(recipient, channel, category, { body: asMessage(text), ...(notBefore ? { notBefore } : {}) });
    if (event.data.action === 'schedule_interview' && interview && match) {
      const dayBefore = new Date(interview.at.getTime() - 24 * 3600 * 1000);
      const at = dayBefore.getTime() > now.getTime() ? dayBefore : now;
      delivery(recipient, channel, 'interviews', {
        body: asMessage(interviewReminder({ offerTitle, interview }), 'reminder'),
        keySuffix: '-reminder',
        reminderOf: { matchId: match.id, interviewAt: interview.at },
        notBefore: channel === 'sms' ? smsAllowedFrom(at, this.deps.smsQuietHours) : at,
      });
    }
  }
}
