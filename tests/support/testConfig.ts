import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../shared/config/env';

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: this test needs the services of tests/support/globalSetup.ts`);
  return value;
}

/**
 * The search engine of this run: embedded by default; Meilisearch when infra/scripts/test.sh runs
 * the suites again against MEILI_URL (TEST_SEARCH_ENGINE=meilisearch), each file with its own
 * index names, as it has its own queues.
 */
export function testSearchEngine(): Record<string, string> {
  if (process.env.TEST_SEARCH_ENGINE !== 'meilisearch') return { SEARCH_ENGINE: 'embedded' };
  return {
    SEARCH_ENGINE: 'meilisearch',
    MEILI_URL: requiredEnv('MEILI_URL'),
    ...(process.env.MEILI_MASTER_KEY ? { MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY } : {}),
    SEARCH_INDEX_PREFIX: `${uniqueName('t')}_`,
  };
}

/** A config of its own for each test file: its own database and queue prefix on the shared services. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGO_URL: requiredEnv('TEST_MONGO_URL'),
    MONGO_DB_NAME: uniqueName('test'),
    REDIS_URL: requiredEnv('TEST_REDIS_URL'),
    QUEUE_PREFIX: uniqueName('q'),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    // Tests run their webhook receivers on loopback; the SSRF guard itself is tested with this off.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    ...testSearchEngine(),
    ...overrides,
  });
}
