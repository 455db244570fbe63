import type { Clock } from '../../../ports/Clock';
import type { DeliveryRepository, InAppNotificationRepository } from '../../../ports/NotificationStores';

/**
 * Sends one delivery, at most once: a delivery no longer queued was sent already (the job ran
 * twice, or was enqueued again by the dispatcher). In-app: the notification is stored under the
 * id chosen at dispatch, so a crash between storing and marking stores it once.
 */
export class SendDelivery {
  constructor(
    private readonly deps: { deliveries: DeliveryRepository; inApp: InAppNotificationRepository; clock: Clock },
  ) {}

  async execute(key: string): Promise<'delivered' | 'skipped'> {
    const delivery = await this.deps.deliveries.findByKey(key);
    if (!delivery || delivery.status !== 'queued') return 'skipped';
    const now = this.deps.clock.now();
    if (delivery.channel !== 'in_app') throw new Error(`channel ${delivery.channel} has no sender yet`);
    await this.deps.inApp.store({
      id: delivery.notificationId,
      userId: delivery.recipient.userId,
      category: delivery.category,
      ...delivery.message,
      createdAt: delivery.createdAt,
      readAt: null,
    });
    await this.deps.deliveries.setStatus(key, 'delivered', now);
    return 'delivered';
  }
}
