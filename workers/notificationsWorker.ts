import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createWorker } from '../shared/adapters/queue/bullmq/createWorker';
import type { Dependencies } from '../shared/wiring/buildDependencies';

const payloadSchema = z.strictObject({ deliveryKey: z.string().min(1).max(300) });

/** Sends one delivery per job; the delivery record says whether it was sent already. */
export function startNotificationsWorker(deps: Dependencies, connection: Redis): Worker {
  return createWorker(
    'notifications',
    payloadSchema,
    (payload) => deps.useCases.sendDelivery.execute(payload.deliveryKey),
    { connection, prefix: deps.config.QUEUE_PREFIX, logger: deps.logger, concurrency: 8 },
  );
}
