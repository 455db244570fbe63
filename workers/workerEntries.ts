import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueueName } from '../shared/adapters/queue/bullmq/queueNames';
import type { Dependencies } from '../shared/wiring/buildDependencies';
import { prepareIndexes, startIndexingWorker } from './indexingWorker';
import { prepareMatching, startMatchingWorker } from './matchingWorker';
import { startNotificationsWorker } from './notificationsWorker';
import { registerSchedules, startSchedulerWorker } from './schedulerWorker';

export interface WorkerEntry {
  /** Idempotent set-up run before the worker starts (schedules, index settings…). */
  prepare?(deps: Dependencies): Promise<void>;
  start(deps: Dependencies, connection: Redis): Worker;
  /**
   * Writes to or reads from the search index. With the embedded engine the index lives in the
   * memory of one process, the API's, so these workers run there, in its search thread beside the
   * index (workers/searchThread.ts).
   */
  usesSearchIndex: boolean;
}

/** One entry per queue: `npm run workers` starts them all, `npm run workers -- NAME` only one. */
export const workerEntries: Record<QueueName, WorkerEntry> = {
  scheduler: { prepare: registerSchedules, start: startSchedulerWorker, usesSearchIndex: false },
  indexing: { prepare: prepareIndexes, start: startIndexingWorker, usesSearchIndex: true },
  matching: { prepare: prepareMatching, start: startMatchingWorker, usesSearchIndex: true },
  notifications: { start: startNotificationsWorker, usesSearchIndex: false },
};

/** The queues a process serves: workers outside the API skip index workers when the index is embedded. */
export function queuesFor(process: 'api' | 'workers', searchEngine: 'embedded' | 'meilisearch'): QueueName[] {
  return (Object.keys(workerEntries) as QueueName[]).filter((name) => {
    const inApi = searchEngine === 'embedded' && workerEntries[name].usesSearchIndex;
    return process === 'api' ? inApi : !inApi;
  });
}
