import type { Worker } from 'bullmq';
import { createRedisClient } from '../shared/adapters/cache/createRedisClient';
import { queueNames, type QueueName } from '../shared/adapters/queue/bullmq/queueNames';
import { loadConfigOrExit } from '../shared/config/exitOnConfigError';
import { buildDependencies } from '../shared/wiring/buildDependencies';
import { workerEntries } from './workerEntries';

function selectedQueues(args: string[]): QueueName[] {
  if (args.length === 0) return [...queueNames];
  const unknown = args.filter((arg) => !(queueNames as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`unknown worker(s): ${unknown.join(', ')}; known: ${queueNames.join(', ')}\n`);
    process.exit(64);
  }
  return args as QueueName[];
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const names = selectedQueues(process.argv.slice(2));
  const deps = await buildDependencies(config, { processName: 'workers' });
  // Workers block on Redis: their connection waits for Redis to come back instead of failing.
  const workerConnection = createRedisClient(config.REDIS_URL, 'blocking');

  const workers: Worker[] = [];
  for (const name of names) {
    const entry = workerEntries[name];
    await entry.prepare?.(deps);
    workers.push(entry.start(deps, workerConnection));
  }
  deps.logger.info({ workers: names }, 'workers started');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.logger.info({ signal }, 'shutting down: letting active jobs finish');
    // Workers first (close() waits for active jobs), then queues, Redis and the database.
    await Promise.all(workers.map((worker) => worker.close()));
    workerConnection.disconnect();
    await deps.close();
    deps.logger.info('workers stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`workers failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
