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

  async enqueueSend(deliveryKey: string, notBefore?: Date): Promise<void> {
    const data: NotificationJobData = { deliveryKey };
    const delay = notBefore ? Math.max(0, notBefore.getTime() - this.clock.now().getTime()) : 0;
    await this.queue.add('send', data, { jobId: deliveryKey.replaceAll(':', '.'), delay });
  }
}
