import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { QueueName } from './queueNames';

export interface WorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  logger: Logger;
  concurrency?: number;
  /** BullMQ's lock on an active job; a stalled job (its worker died) is taken back after it. */
  lockMs?: number;
  /** For queues created with customBackoff: the delay before the next attempt, from the error. */
  backoffStrategy?: (attemptsMade: number, error: Error) => number;
}

/**
 * A worker is a route whose request comes from a queue: a job whose payload does not parse is
 * failed at once without retries (UnrecoverableError), so a bad message never blocks the queue.
 */
export function createWorker<T extends z.ZodType>(
  name: QueueName,
  payloadSchema: T,
  handle: (payload: z.infer<T>, job: Job) => Promise<unknown>,
  options: WorkerOptions,
): Worker {
  const worker = new Worker(
    name,
    async (job) => {
      const payload = payloadSchema.safeParse(job.data);
      if (!payload.success) {
        throw new UnrecoverableError(`invalid payload for ${name}/${job.name}: ${z.prettifyError(payload.error)}`);
      }
      return handle(payload.data, job);
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 1,
      ...(options.lockMs ? { lockDuration: options.lockMs, stalledInterval: options.lockMs } : {}),
      ...(options.backoffStrategy
        ? {
            settings: {
              backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) =>
                options.backoffStrategy?.(attemptsMade, error ?? new Error('unknown')) ?? 1_000,
            },
          }
        : {}),
      // Retention of jobs that carry none of their own (the queue's defaults keep every failed job):
      // failed jobs stay for inspection, up to a bound that protects Redis (noeviction) from filling up.
      removeOnComplete: { age: 24 * 3600, count: 1_000 },
      removeOnFail: { count: 100_000 },
    },
  );
  const log = options.logger.child({ queue: name });
  // Without an error listener a connection error would crash the process (BullMQ guide).
  worker.on('error', (error) => log.error({ err: error }, 'worker error'));
  worker.on('failed', (job, error) =>
    log.warn({ jobId: job?.id, jobName: job?.name, attemptsMade: job?.attemptsMade, err: error }, 'job failed'),
  );
  return worker;
}
