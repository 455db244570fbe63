import type { Queue } from 'bullmq';
import type { NotificationQueue } from '../../../ports/NotificationStores';

export interface NotificationJobData {
  deliveryKey: string;
}

/** The job id is the delivery key (BullMQ ids may not hold ":"), so one delivery is one job. */
export class BullmqNotificationQueue implements NotificationQueue {
  constructor(private readonly queue: Queue) {}

  async enqueueSend(deliveryKey: string): Promise<void> {
    const data: NotificationJobData = { deliveryKey };
    await this.queue.add('send', data, { jobId: deliveryKey.replaceAll(':', '.') });
  }
}
