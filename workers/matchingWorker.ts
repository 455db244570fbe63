import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createWorker } from '../shared/adapters/queue/bullmq/createWorker';
import { indexedEntities } from '../shared/ports/IndexingQueue';
import type { Dependencies } from '../shared/wiring/buildDependencies';
import { prepareIndexes } from './indexingWorker';

const payloadSchema = z.strictObject({
  entity: z.enum(indexedEntities),
  id: z.string().regex(/^[0-9a-f]{24}$/),
  version: z.number().int().min(0),
  reason: z.enum(['write', 'counterpart', 'refresh']),
});

/** Index settings first, then a computation for every published offer that has no list yet. */
export async function prepareMatching(deps: Dependencies): Promise<void> {
  await prepareIndexes(deps);
  const enqueued = await deps.useCases.backfillSuggestions.execute();
  if (enqueued > 0) deps.logger.info({ enqueued }, 'suggestions backfilled for offers without a list');
}

/** Cancels obsolete matches and recomputes one list; after a change, the counterparts' lists follow. */
export function startMatchingWorker(deps: Dependencies, connection: Redis): Worker {
  return createWorker(
    'matching',
    payloadSchema,
    async (payload) => {
      const { entity, id } = payload;
      // The pipeline first: an offer closed or a person gone cancels their open matches. Both steps
      // read the current state, whatever the request's reason (requests merge while they wait).
      const cancelled = await deps.useCases.cancelObsoleteMatches.execute({ entity, id });
      const computed = await deps.useCases.computeSuggestions.execute({ entity, id });
      return { ...computed, cancelled };
    },
    // Mostly in-process work on the engine: a few at a time keep the API responsive beside it.
    {
      connection,
      prefix: deps.config.QUEUE_PREFIX,
      logger: deps.logger,
      lockMs: deps.config.WORKER_LOCK_MS,
      concurrency: 2,
    },
  );
}
