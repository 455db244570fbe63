import { loadConfigOrExit } from '../../shared/config/exitOnConfigError';
import { buildDependencies } from '../../shared/wiring/buildDependencies';
import { startSearchThread } from '../../workers/startSearchThread';
import { createApp } from './app';
import { startServer } from './startServer';

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  // With the embedded engine the index lives in a thread of this process, beside the jobs that
  // write it and match on it (workers/searchThread.ts): their work never runs on the event loop
  // that serves requests.
  const searchThread =
    config.SEARCH_ENGINE === 'embedded'
      ? startSearchThread(config, (error) => {
          process.stderr.write(`the search thread stopped: ${error.stack ?? error.message}\n`);
          process.exit(1);
        })
      : null;
  const deps = await buildDependencies(config, {
    processName: 'api',
    ...(searchThread ? { searchEngine: searchThread } : {}),
  });
  const { logger } = deps;

  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const outcome = await deps.useCases.ensureFirstAdmin.execute({
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
      territoryName: config.ADMIN_TERRITORY_NAME,
    });
    logger.info({ outcome }, 'first administrator');
  }

  if (searchThread) {
    // A second API process would serve an index that misses the first one's writes.
    if (!(await deps.embeddedIndexLease.acquire())) {
      throw new Error(
        'another API process serves the embedded search index of this database: with SEARCH_ENGINE=embedded ' +
          'run one API process, or set SEARCH_ENGINE=meilisearch (and MEILI_URL) to run several',
      );
    }
    // The index is rebuilt from the database (the source of truth) at every start, job titles included.
    const started = await searchThread.start();
    logger.info(
      started,
      'embedded search indexes rebuilt from the database; indexing and matching run in the search thread',
    );
  } else {
    // The job titles index of Meilisearch: idempotent.
    const { indexed } = await deps.useCases.indexAppellations.execute();
    logger.info({ indexed }, 'appellations indexed');
  }

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
    if (searchThread) {
      // Its jobs finish, then the lease goes: the next process rebuilds an index that misses nothing.
      await searchThread.close();
      await deps.embeddedIndexLease.release();
    }
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
