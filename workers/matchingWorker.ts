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
  reason: z.enum(['write', 'counterpart', 'refresh']),
});

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
    { connection, prefix: deps.config.QUEUE_PREFIX, logger: deps.logger, concurrency: 2 },
  );
}
