import { queueNames, type QueueName } from '../shared/adapters/queue/bullmq/queueNames';
import { loadConfigOrExit } from '../shared/config/exitOnConfigError';
import { buildDependencies } from '../shared/wiring/buildDependencies';
import { startWorkers } from './startWorkers';
import { queuesFor } from './workerEntries';

function selectedQueues(args: string[], served: QueueName[]): QueueName[] {
  if (args.length === 0) return served;
  const unknown = args.filter((arg) => !(queueNames as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`unknown worker(s): ${unknown.join(', ')}; known: ${queueNames.join(', ')}\n`);
    process.exit(64);
  }
  const elsewhere = args.filter((arg) => !(served as string[]).includes(arg));
  if (elsewhere.length > 0) {
    process.stderr.write(
      `${elsewhere.join(', ')}: runs in the API process with SEARCH_ENGINE=embedded (the index lives there)\n`,
    );
    process.exit(64);
  }
  return args as QueueName[];
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const names = selectedQueues(process.argv.slice(2), queuesFor('workers', config.SEARCH_ENGINE));
  const deps = await buildDependencies(config, { processName: 'workers' });
  const running = await startWorkers(deps, names);
  deps.logger.info({ workers: names }, 'workers started');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A stop that cannot finish (Redis or the database gone for good) must not leave the process behind.
    setTimeout(() => {
      deps.logger.error('graceful stop took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS * 3).unref();
    deps.logger.info({ signal }, 'shutting down: letting active jobs finish');
    // Workers first (close() waits for active jobs), then queues, Redis and the database.
    await running.stop();
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
