import type { Worker } from 'bullmq';
import { createRedisClient } from '../shared/adapters/cache/createRedisClient';
import type { QueueName } from '../shared/adapters/queue/bullmq/queueNames';
import type { Dependencies } from '../shared/wiring/buildDependencies';
import { workerEntries } from './workerEntries';

export interface RunningWorkers {
  names: QueueName[];
  /** Lets active jobs finish, then closes the workers' Redis connection. */
  stop(): Promise<void>;
}

export async function startWorkers(deps: Dependencies, names: QueueName[]): Promise<RunningWorkers> {
  if (names.length === 0) return { names, stop: () => Promise.resolve() };
  // Workers block on Redis: their connection waits for Redis to come back instead of failing.
  const connection = createRedisClient(deps.config.REDIS_URL, 'blocking');
  const workers: Worker[] = [];
  for (const name of names) {
    const entry = workerEntries[name];
    await entry.prepare?.(deps);
    workers.push(entry.start(deps, connection));
  }
  return {
    names,
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
      connection.disconnect();
    },
  };
}
