import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { SendFailure } from '../shared/domain/notifications/sendFailure';
import type { SendOutcome, SendRequest } from '../shared/domain/notifications/useCases/sendDelivery';
import { createWorker } from '../shared/adapters/queue/bullmq/createWorker';
import type { Dependencies } from '../shared/wiring/buildDependencies';
import { jobBatches } from './jobBatches';

const payloadSchema = z.strictObject({ deliveryKey: z.string().min(1).max(300) });

/**
 * The provider's Retry-After when it gave one (429, 503), else exponential backoff with jitter:
 * 1 s, 2 s, 4 s… each between half and all of it, so that retries of many jobs spread out.
 */
export function retryDelay(attemptsMade: number, error: Error, random = Math.random): number {
  if (error instanceof SendFailure && error.retryAfterMs !== null) return error.retryAfterMs;
  const exponential = 1_000 * 2 ** Math.max(0, attemptsMade - 1);
  return Math.round(exponential * (0.5 + random() * 0.5));
}

/** Jobs run at once: what one batch can gather (sends by e-mail, SMS or webhook still go one by one). */
export const notificationsConcurrency = 32;
/** How long a job waits for others to join its batch (in-app deliveries are written once per batch). */
const gatherMs = 10;

/**
 * Sends one delivery per job; the delivery record says whether it was sent already. The jobs
 * running at once join one batch (SendDelivery.executeAll); each still fails or succeeds alone.
 */
export function startNotificationsWorker(deps: Dependencies, connection: Redis): Worker {
  const batches = jobBatches<SendRequest, SendOutcome>((requests) => deps.useCases.sendDelivery.executeAll(requests), {
    maxBatchSize: notificationsConcurrency,
    gatherMs,
  });
  return createWorker(
    'notifications',
    payloadSchema,
    async (payload, job) => {
      try {
        return await batches.load({
          key: payload.deliveryKey,
          last: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        });
      } catch (error) {
        // Permanent (an invalid address, a 4xx from a provider): no retry, the job stays failed.
        if (error instanceof SendFailure && error.permanent) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    {
      connection,
      prefix: deps.config.QUEUE_PREFIX,
      logger: deps.logger,
      lockMs: deps.config.WORKER_LOCK_MS,
      concurrency: notificationsConcurrency,
      backoffStrategy: retryDelay,
    },
  );
}
