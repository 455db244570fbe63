import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueueName } from '../shared/adapters/queue/bullmq/queueNames';
import type { Dependencies } from '../shared/wiring/buildDependencies';
import { registerSchedules, startSchedulerWorker } from './schedulerWorker';

export interface WorkerEntry {
  /** Idempotent set-up run before the worker starts (schedules, index settings…). */
  prepare?(deps: Dependencies): Promise<void>;
  start(deps: Dependencies, connection: Redis): Worker;
}

/** One entry per queue: `npm run workers` starts them all, `npm run workers -- NAME` only one. */
export const workerEntries: Record<QueueName, WorkerEntry> = {
  scheduler: { prepare: registerSchedules, start: startSchedulerWorker },
};
