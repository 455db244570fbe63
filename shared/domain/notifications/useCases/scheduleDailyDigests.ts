import type { Clock } from '../../../ports/Clock';
import type { DeliveryRepository, DigestItemRepository, NotificationQueue } from '../../../ports/NotificationStores';
import { timeOrderedId } from '../../common/timeOrderedId';
import { digestDeliveryKey, latestDigestCutoff } from '../dailyDigest';
import type { Delivery } from '../delivery';
import { appLinks } from '../appLinks';

export interface DigestDeps {
  digestItems: DigestItemRepository;
  deliveries: DeliveryRepository;
  queue: NotificationQueue;
  clock: Clock;
}

/**
 * At 08:30 (Paris): one digest delivery for each user who has items waiting from before then. Its
 * key names the day and the user, and is its job's id: two workers running this at once, or a run
 * repeated, create one delivery and one send. The items are gathered when the digest is sent.
 */
export class ScheduleDailyDigests {
  constructor(private readonly deps: DigestDeps) {}

  async execute(): Promise<number> {
    const now = this.deps.clock.now();
    const cutoff = latestDigestCutoff(now);
    const recipients = await this.deps.digestItems.recipientsWithPending(cutoff);
    const digests = recipients.map((recipient): Delivery => ({
      key: digestDeliveryKey(cutoff, recipient.userId),
      eventId: `digest:${cutoff.toISOString()}`,
      recipient: { kind: 'user', id: recipient.userId, organizationId: recipient.organizationId },
      channel: 'email',
      category: 'digest',
      message: { title: 'Votre récapitulatif du jour', body: '', link: appLinks.notifications },
      status: 'queued',
      notificationId: timeOrderedId(now),
      providerMessageId: null,
      reminderOf: null,
      eventReminderOf: null,
      digestUntil: cutoff,
      error: null,
      createdAt: now,
      updatedAt: now,
    }));
    const created = await this.deps.deliveries.createAllIfAbsent(digests);
    await this.deps.queue.enqueueSends(digests.map((digest) => ({ deliveryKey: digest.key })));
    return created;
  }
}
