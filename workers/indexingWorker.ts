import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createWorker } from '../shared/adapters/queue/bullmq/createWorker';
import { indexedEntities } from '../shared/ports/IndexingQueue';
import type { SyncOutcome, SyncRequest } from '../shared/domain/search/useCases/syncSearchDocument';
import type { Dependencies } from '../shared/wiring/buildDependencies';
import { jobBatches } from './jobBatches';

const payloadSchema = z.strictObject({
  entity: z.enum(indexedEntities),
  id: z.string().regex(/^[0-9a-f]{24}$/),
  version: z.number().int().min(0),
});

/** Jobs run at once: what one batch can gather. */
const concurrency = 64;
/** How long a job waits for others to join its batch (the engine and the ledger are written once per batch). */
const gatherMs = 10;

/** Settings first (idempotent), so that the first document lands in a configured index. */
export async function prepareIndexes(deps: Dependencies): Promise<void> {
  await deps.useCases.rebuildSearchIndexes.ensureIndexes();
}

export function startIndexingWorker(deps: Dependencies, connection: Redis): Worker {
  // The jobs running at once join one batch (a failed batch fails each of its jobs, which are
  // retried with backoff: a sync reads the current state, so running it again is harmless).
  const batches = jobBatches<SyncRequest, SyncOutcome>(
    (requests) => deps.useCases.syncSearchDocument.executeAll(requests),
    { maxBatchSize: concurrency, gatherMs },
  );
  return createWorker(
    'indexing',
    payloadSchema,
    (payload) => batches.load({ entity: payload.entity, id: payload.id }),
    // Jobs are independent (one entity each) and mostly wait on the engine and the database.
    {
      connection,
      prefix: deps.config.QUEUE_PREFIX,
      logger: deps.logger,
      lockMs: deps.config.WORKER_LOCK_MS,
      concurrency,
    },
  );
}
