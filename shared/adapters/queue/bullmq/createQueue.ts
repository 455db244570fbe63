import { Queue, type ConnectionOptions } from 'bullmq';
import type { QueueName } from './queueNames';

/**
 * Producers: default job options give every job retries with exponential backoff, and keep
 * failed jobs for inspection (BullMQ's production guide). Completed jobs are trimmed.
 */
export function createQueue(
  name: QueueName,
  connection: ConnectionOptions,
  prefix: string,
  options: { attempts?: number; jitter?: number; customBackoff?: boolean } = {},
): Queue {
  return new Queue(name, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: options.attempts ?? 5,
      // custom: the worker's backoffStrategy decides (see createWorker), e.g. from a Retry-After.
      backoff: options.customBackoff
        ? { type: 'custom', delay: 1_000 }
        : { type: 'exponential', delay: 1_000, ...(options.jitter ? { jitter: options.jitter } : {}) },
      removeOnComplete: { age: 24 * 3600, count: 1_000 },
      removeOnFail: false,
    },
  });
}
