import { createHash } from 'node:crypto';
import type { Clock } from '../../../ports/Clock';
import type { EmailSender } from '../../../ports/EmailSender';
import type { DeliveryRepository, InAppNotificationRepository } from '../../../ports/NotificationStores';
import type { UserRepository } from '../../../ports/UserRepository';
import type { Delivery } from '../delivery';
import { emailTemplate } from '../emailTemplate';
import { SendFailure } from '../sendFailure';

export interface SendDeps {
  deliveries: DeliveryRepository;
  inApp: InAppNotificationRepository;
  users: UserRepository;
  email: EmailSender;
  clock: Clock;
  appUrl: string;
}

/**
 * Sends one delivery, at most once once it has succeeded: a delivery no longer queued is done
 * (the job ran twice, or the dispatcher enqueued it again). In-app, the notification is stored
 * under the id chosen at dispatch; by e-mail the Message-ID is derived from the delivery key, so
 * a resend after a crash in the middle of a send is the same message for the receiving servers.
 * Throws SendFailure: the worker retries transient ones and stops at once on permanent ones.
 */
export class SendDelivery {
  constructor(private readonly deps: SendDeps) {}

  async execute(key: string, attempt: { last: boolean }): Promise<'delivered' | 'sent' | 'skipped'> {
    const delivery = await this.deps.deliveries.findByKey(key);
    if (!delivery || delivery.status !== 'queued') return 'skipped';
    try {
      if (delivery.channel === 'in_app') return await this.storeInApp(delivery);
      if (delivery.channel === 'email') return await this.sendEmail(delivery);
      throw new SendFailure(`channel ${delivery.channel} has no sender yet`, true);
    } catch (error) {
      // A permanent failure, or the last attempt: the record says failed, with the reason.
      if (error instanceof SendFailure && (error.permanent || attempt.last)) {
        await this.deps.deliveries.setStatus(key, 'failed', this.deps.clock.now(), { error: error.message });
      }
      throw error;
    }
  }

  private async storeInApp(delivery: Delivery): Promise<'delivered'> {
    await this.deps.inApp.store({
      id: delivery.notificationId,
      userId: delivery.recipient.userId,
      category: delivery.category,
      ...delivery.message,
      createdAt: delivery.createdAt,
      readAt: null,
    });
    await this.deps.deliveries.setStatus(delivery.key, 'delivered', this.deps.clock.now());
    return 'delivered';
  }

  private async sendEmail(delivery: Delivery): Promise<'sent'> {
    const user = await this.deps.users.findInOrganization(delivery.recipient.organizationId, delivery.recipient.userId);
    if (!user) throw new SendFailure('recipient account no longer exists', true);
    const content = emailTemplate(delivery.message, { recipientName: user.displayName, appUrl: this.deps.appUrl });
    const digest = createHash('sha256').update(delivery.key).digest('hex').slice(0, 32);
    const { providerMessageId } = await this.deps.email.send({
      to: user.email,
      ...content,
      messageId: `<${digest}@passerelle>`,
    });
    await this.deps.deliveries.setStatus(delivery.key, 'sent', this.deps.clock.now(), { providerMessageId });
    return 'sent';
  }
}
