import { loadConfigOrExit } from '../../shared/config/exitOnConfigError';
import { buildDependencies } from '../../shared/wiring/buildDependencies';
import { startWorkers } from '../../workers/startWorkers';
import { queuesFor } from '../../workers/workerEntries';
import { createApp } from './app';
import { startServer } from './startServer';

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const deps = await buildDependencies(config, { processName: 'api' });
  const { logger } = deps;

  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const outcome = await deps.useCases.ensureFirstAdmin.execute({
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
      territoryName: config.ADMIN_TERRITORY_NAME,
    });
    logger.info({ outcome }, 'first administrator');
  }

  // The job titles index is built at start (in-process for the embedded engine); idempotent for Meilisearch.
  const { indexed } = await deps.useCases.indexAppellations.execute();
  logger.info({ indexed }, 'appellations indexed');

  // The embedded index lives in this process's memory: it is rebuilt from the database (the
  // source of truth) at every start, and the workers that write to it run here.
  const inProcessQueues = queuesFor('api', config.SEARCH_ENGINE);
  if (config.SEARCH_ENGINE === 'embedded') {
    // A second API process would serve an index that misses the first one's writes.
    if (!(await deps.embeddedIndexLease.acquire())) {
      throw new Error(
        'another API process serves the embedded search index of this database: with SEARCH_ENGINE=embedded ' +
          'run one API process, or set SEARCH_ENGINE=meilisearch (and MEILI_URL) to run several',
      );
    }
    const started = Date.now();
    const rebuilt = await deps.useCases.rebuildSearchIndexes.execute();
    logger.info({ ...rebuilt, ms: Date.now() - started }, 'embedded search indexes rebuilt from the database');
  }
  const workers = await startWorkers(deps, inProcessQueues);
  if (inProcessQueues.length > 0) logger.info({ workers: inProcessQueues }, 'in-process workers started');

  const running = await startServer(createApp(deps), config.HTTP_HOST, config.HTTP_PORT, config.SHUTDOWN_GRACE_MS);
  logger.info({ url: running.url }, 'api listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A stop that cannot finish (Redis or the database gone for good) must not leave the process behind.
    setTimeout(() => {
      logger.error('graceful stop took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS * 3).unref();
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await running.stop();
    await workers.stop();
    if (config.SEARCH_ENGINE === 'embedded') await deps.embeddedIndexLease.release();
    await deps.close();
    logger.info('api stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`api failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
