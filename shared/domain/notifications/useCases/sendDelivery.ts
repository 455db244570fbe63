import { createHash } from 'node:crypto';
import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { MatchRepository } from '../../../ports/MatchRepository';
import type { SmsSender } from '../../../ports/SmsSender';
import { smsAllowedFrom, type QuietHours } from '../quietHours';
import type { EmailSender } from '../../../ports/EmailSender';
import type {
  DeliveryRepository,
  DigestItemRepository,
  DomainEventSource,
  InAppNotificationRepository,
} from '../../../ports/NotificationStores';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import type { WebhookSender } from '../../../ports/WebhookSender';
import { webhookEventType, webhookPayloadData } from '../webhook';
import { signWebhook } from '../webhookSignature';
import type { UserRepository } from '../../../ports/UserRepository';
import type { Delivery, InAppNotification } from '../delivery';
import { digestMessage } from '../dailyDigest';
import { candidateEmailTemplate, emailTemplate } from '../emailTemplate';
import type { NotificationMessage } from '../notificationMessages';
import { SendFailure } from '../sendFailure';
import type { InvitationRepository, PasswordResetRepository } from '../../../ports/AccountLinkRepositories';
import type { LinkTokens } from '../../../ports/LinkTokens';
import { accountLinkEmail } from './accountLinkEmail';
import type { RecruitmentEventRepository } from '../../../ports/RecruitmentEventRepository';
import type { EventInvitationRepository } from '../../../ports/EventInvitationRepository';
import { RsvpLinks } from './rsvpLinks';
import { asError } from '../../common/asError';

export interface SendDeps {
  candidates: CandidateRepository;
  matches: MatchRepository;
  sms: SmsSender;
  webhooks: WebhookRepository;
  webhookSender: WebhookSender;
  eventSource: DomainEventSource;
  deliveries: DeliveryRepository;
  digestItems: DigestItemRepository;
  inApp: InAppNotificationRepository;
  users: UserRepository;
  email: EmailSender;
  clock: Clock;
  appUrl: string;
  invitations: InvitationRepository;
  passwordResets: PasswordResetRepository;
  linkTokens: LinkTokens;
  /** No SMS then (SMS_QUIET_HOURS); null: none. */
  smsQuietHours: QuietHours | null;
  recruitmentEvents: RecruitmentEventRepository;
  eventInvitations: EventInvitationRepository;
}

export type SendOutcome = 'delivered' | 'sent' | 'skipped';

export interface SendRequest {
  key: string;
  /** The job's last attempt: a transient failure then marks the delivery failed too. */
  last: boolean;
}

/** An in-app delivery that depends on nothing else: these are stored together. */
function isPlainInApp(delivery: Delivery): boolean {
  return (
    delivery.channel === 'in_app' && delivery.category !== 'digest' && !delivery.reminderOf && !delivery.eventReminderOf
  );
}

/**
 * Sends one delivery, at most once once it has succeeded: a delivery no longer queued is done
 * (the job ran twice, or the dispatcher enqueued it again). In-app, the notification is stored
 * under the id chosen at dispatch; by e-mail the Message-ID is derived from the delivery key, so
 * a resend after a crash in the middle of a send is the same message for the receiving servers.
 * Throws SendFailure: the worker retries transient ones and stops at once on permanent ones.
 */
export class SendDelivery {
  private readonly rsvpLinks: RsvpLinks;

  constructor(private readonly deps: SendDeps) {
    this.rsvpLinks = new RsvpLinks(deps);
  }

  async execute(key: string, attempt: { last: boolean }): Promise<SendOutcome> {
    const outcome = (await this.executeAll([{ key, last: attempt.last }]))[0] ?? new Error('no outcome');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /**
   * The batch path (the notifications worker gathers the jobs it runs at once): the deliveries are
   * read together, the in-app ones stored with one write and marked delivered with another (each
   * alone again if that fails), the others sent one by one as `execute` sends them, beside it.
   * One outcome or error per request, in order: an error fails that request's job only.
   */
  async executeAll(requests: readonly SendRequest[]): Promise<(SendOutcome | Error)[]> {
    // A key asked twice in one batch is sent once, and both requests get its outcome.
    const unique = requests.filter(
      (request, index) => requests.findIndex((other) => other.key === request.key) === index,
    );
    const deliveries = await Promise.all(unique.map((request) => this.deps.deliveries.findByKey(request.key)));
    const outcomes = new Map<string, SendOutcome | Error>();
    const inApp: Delivery[] = [];
    const sends: Promise<void>[] = [];
    unique.forEach((request, index) => {
      const delivery = deliveries[index];
      if (!delivery || delivery.status !== 'queued') outcomes.set(request.key, 'skipped');
      else if (isPlainInApp(delivery)) inApp.push(delivery);
      else
        sends.push(
          this.send(delivery, request).then(
            (outcome) => void outcomes.set(request.key, outcome),
            (error: unknown) => void outcomes.set(request.key, asError(error)),
          ),
        );
    });
    // The in-app write goes beside the sends, not after them (a slow provider holds back no notification).
    await Promise.all([...sends, this.storeInAppBatch(inApp, outcomes)]);
    return requests.map((request) => outcomes.get(request.key) ?? 'skipped');
  }

  private async send(delivery: Delivery, attempt: { last: boolean }): Promise<SendOutcome> {
    const { key } = delivery;
    try {
      if (delivery.reminderOf && !(await this.reminderStillHolds(delivery.reminderOf))) {
        await this.deps.deliveries.setStatus(key, 'failed', this.deps.clock.now(), {
          error: 'sans objet : l’entretien a été annulé ou déplacé',
        });
        return 'skipped';
      }
      if (delivery.eventReminderOf && !(await this.rsvpLinks.reminderStillHolds(delivery.eventReminderOf))) {
        await this.deps.deliveries.setStatus(key, 'failed', this.deps.clock.now(), {
          error: 'sans objet : la personne ne vient plus, ou l’événement a changé ou est annulé',
        });
        return 'skipped';
      }
      const senders = {
        in_app: () => this.storeAllInApp([delivery]).then(() => 'delivered' as const),
        email: () => this.sendEmail(delivery),
        sms: () => this.sendSms(delivery),
        webhook: () => this.postWebhook(delivery),
      } satisfies Record<Delivery['channel'], () => Promise<SendOutcome>>;
      return await senders[delivery.channel]();
    } catch (error) {
      // A permanent failure, or the last attempt: the record says failed, with the reason.
      if (error instanceof SendFailure && (error.permanent || attempt.last)) {
        await this.deps.deliveries.setStatus(key, 'failed', this.deps.clock.now(), { error: error.message });
      }
      throw error;
    }
  }

  /**
   * The batch's in-app deliveries in one write each way; should that fail, each one alone, so
   * that one delivery the store refuses fails its own job only.
   */
  private async storeInAppBatch(deliveries: Delivery[], outcomes: Map<string, SendOutcome | Error>): Promise<void> {
    if (deliveries.length === 0) return;
    try {
      await this.storeAllInApp(deliveries);
      for (const delivery of deliveries) outcomes.set(delivery.key, 'delivered');
      return;
    } catch {
      // One by one below.
    }
    await Promise.all(
      deliveries.map(async (delivery) =>
        outcomes.set(delivery.key, await this.storeAllInApp([delivery]).then(() => 'delivered' as const, asError)),
      ),
    );
  }

  /** Stored under the ids chosen at dispatch (a second run stores nothing), then marked delivered. */
  private async storeAllInApp(deliveries: readonly Delivery[]): Promise<void> {
    if (deliveries.some((delivery) => delivery.category === 'digest')) {
      throw new SendFailure('a digest goes by e-mail only', true);
    }
    await this.deps.inApp.storeAll(
      deliveries.map((delivery) => ({
        id: delivery.notificationId,
        userId: delivery.recipient.id,
        category: delivery.category as InAppNotification['category'],
        ...delivery.message,
        createdAt: delivery.createdAt,
        readAt: null,
      })),
    );
    await this.deps.deliveries.setStatusAll(
      deliveries.map((delivery) => delivery.key),
      'delivered',
      this.deps.clock.now(),
    );
  }

  /** Signed (HMAC over timestamp and body), with the delivery key as idempotency id. */
  private async postWebhook(delivery: Delivery): Promise<'delivered'> {
    const subscription = await this.deps.webhooks.findById(delivery.recipient.id);
    if (!subscription) throw new SendFailure('webhook subscription deleted', true);
    const event = await this.deps.eventSource.find(delivery.eventId);
    const body = JSON.stringify({
      id: delivery.key,
      type: event ? webhookEventType(event) : null,
      occurredAt: event?.at ?? delivery.createdAt,
      data: event ? webhookPayloadData(event) : {},
    });
    const now = this.deps.clock.now();
    await this.deps.webhookSender.post({
      url: subscription.url,
      body,
      headers: {
        'idempotency-key': delivery.key,
        'x-passerelle-signature': signWebhook(subscription.secret, Math.floor(now.getTime() / 1000), body),
      },
    });
    await this.deps.deliveries.setStatus(delivery.key, 'delivered', this.deps.clock.now());
    return 'delivered';
  }

  private async reminderStillHolds(reminder: { matchId: string; interviewAt: Date }): Promise<boolean> {
    const match = await this.deps.matches.findById(reminder.matchId);
    return match?.status === 'interview_scheduled' && match.interview?.at.getTime() === reminder.interviewAt.getTime();
  }

  /** Never between 20:00 and 08:00 Paris time: a retry that falls there waits for 08:00. */
  private async sendSms(delivery: Delivery): Promise<'sent'> {
    const now = this.deps.clock.now();
    const allowed = smsAllowedFrom(now, this.deps.smsQuietHours);
    if (allowed.getTime() > now.getTime()) {
      throw new SendFailure('quiet hours', false, allowed.getTime() - now.getTime());
    }
    const profile = await this.deps.candidates.findById(delivery.recipient.id);
    if (!profile?.contact.mobile) throw new SendFailure('no mobile number any more', true);
    const message = await this.rsvpLinks.resolve(delivery.message);
    const { providerMessageId } = await this.deps.sms.send({
      to: profile.contact.mobile,
      text: message.body,
      reference: delivery.key,
    });
    await this.deps.deliveries.setStatus(delivery.key, 'sent', this.deps.clock.now(), { providerMessageId });
    return 'sent';
  }

  private async sendEmail(delivery: Delivery): Promise<'sent' | 'skipped'> {
    const message = delivery.digestUntil ? await this.gatherDigest(delivery, delivery.digestUntil) : delivery.message;
    if (!message) {
      await this.deps.deliveries.setStatus(delivery.key, 'failed', this.deps.clock.now(), {
        error: 'sans objet : rien à récapituler',
      });
      return 'skipped';
    }
    const content = await this.emailContent(delivery, message);
    const digest = createHash('sha256').update(delivery.key).digest('hex').slice(0, 32);
    const { providerMessageId } = await this.deps.email.send({ ...content, messageId: `<${digest}@passerelle>` });
    await this.deps.deliveries.setStatus(delivery.key, 'sent', this.deps.clock.now(), {
      providerMessageId,
      ...(delivery.digestUntil ? { message } : {}),
    });
    return 'sent';
  }

  /** The user's items from before the digest's time, taken by this digest (again, if it is retried). */
  private async gatherDigest(delivery: Delivery, until: Date): Promise<NotificationMessage | null> {
    const items = await this.deps.digestItems.claim(delivery.recipient.id, until, delivery.key);
    return items.length > 0 ? digestMessage(items) : null;
  }

  private async emailContent(delivery: Delivery, message: NotificationMessage) {
    if (delivery.recipient.kind === 'invitee' || delivery.recipient.kind === 'password_reset') {
      return accountLinkEmail(this.deps, delivery, message);
    }
    if (delivery.recipient.kind === 'candidate') {
      const profile = await this.deps.candidates.findById(delivery.recipient.id);
      if (!profile?.contact.email) throw new SendFailure('no e-mail address any more', true);
      const resolved = await this.rsvpLinks.resolve(message);
      return {
        to: profile.contact.email,
        ...candidateEmailTemplate(resolved, {
          recipientName: profile.contact.firstName,
          ...(resolved.link ? { link: { href: resolved.link, label: 'Répondre à l’invitation' } } : {}),
        }),
      };
    }
    const user = await this.deps.users.findInOrganization(delivery.recipient.organizationId, delivery.recipient.id);
    if (!user) throw new SendFailure('recipient account no longer exists', true);
    return {
      to: user.email,
      ...emailTemplate(message, { recipientName: user.displayName, appUrl: this.deps.appUrl }),
    };
  }
}
