import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { IndexedEntity, IndexingQueue } from '../../../ports/IndexingQueue';

export interface IndexingJobData {
  entity: IndexedEntity;
  id: string;
  version: number;
}

export class BullmqIndexingQueue implements IndexingQueue {
  constructor(
    private readonly queue: Queue,
    private readonly logger: Logger,
  ) {}

  async enqueue(entity: IndexedEntity, id: string, version: number, options: { sweep?: string } = {}): Promise<void> {
    // One job per entity and version: enqueueing the same write twice adds nothing.
    const jobId = [entity, id, `v${version}`, ...(options.sweep ? [`s${options.sweep}`] : [])].join('-');
    const data: IndexingJobData = { entity, id, version };
    try {
      await this.queue.add('sync', data, { jobId });
    } catch (error) {
      // The entity stays pending in the database: the sweeper enqueues it once Redis answers again.
      this.logger.warn({ err: error, entity, id, version }, 'indexing job not enqueued; the sweeper will retry');
    }
  }
}
