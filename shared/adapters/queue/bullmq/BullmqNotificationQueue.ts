import type { Queue } from 'bullmq';
import type { Clock } from '../../../ports/Clock';
import type { NotificationQueue } from '../../../ports/NotificationStores';

export interface NotificationJobData {
  deliveryKey: string;
}

/** The job id is the delivery key (BullMQ ids may not hold ":"), so one delivery is one job. */
export class BullmqNotificationQueue implements NotificationQueue {
  constructor(
    private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  async enqueueSends(sends: { deliveryKey: string; notBefore?: Date }[]): Promise<void> {
    if (sends.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      sends.map(({ deliveryKey, notBefore }) => ({
        name: 'send',
        data: { deliveryKey } satisfies NotificationJobData,
        opts: {
          jobId: deliveryKey.replaceAll(':', '.'),
          delay: notBefore ? Math.max(0, notBefore.getTime() - now) : 0,
        },
      })),
    );
  }
}
