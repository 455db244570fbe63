import { loadConfigOrExit } from '../../shared/config/exitOnConfigError';
import { buildDependencies } from '../../shared/wiring/buildDependencies';
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

  const running = await startServer(createApp(deps), config.HTTP_HOST, config.HTTP_PORT, config.SHUTDOWN_GRACE_MS);
  logger.info({ url: running.url }, 'api listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await running.stop();
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
