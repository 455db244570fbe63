import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createWorker } from '../shared/adapters/queue/bullmq/createWorker';
import { indexedEntities } from '../shared/ports/IndexingQueue';
import type { Dependencies } from '../shared/wiring/buildDependencies';

const payloadSchema = z.strictObject({
  entity: z.enum(indexedEntities),
  id: z.string().regex(/^[0-9a-f]{24}$/),
  version: z.number().int().min(0),
});

/** Settings first (idempotent), so that the first document lands in a configured index. */
export async function prepareIndexes(deps: Dependencies): Promise<void> {
  await deps.useCases.rebuildSearchIndexes.ensureIndexes();
}

export function startIndexingWorker(deps: Dependencies, connection: Redis): Worker {
  return createWorker(
    'indexing',
    payloadSchema,
    (payload) => deps.useCases.syncSearchDocument.execute({ entity: payload.entity, id: payload.id }),
    // Jobs are independent (one entity each) and mostly wait on the engine and the database.
    {
      connection,
      prefix: deps.config.QUEUE_PREFIX,
      logger: deps.logger,
      lockMs: deps.config.WORKER_LOCK_MS,
      concurrency: 8,
    },
  );
}
