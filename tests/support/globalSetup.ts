import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../infra/local/freePort';
import { startFerretDb } from '../../infra/local/startFerretDb';
import { startRedis } from '../../infra/local/startRedis';
import { testServices } from './testServices';

/**
 * Starts one Redis and one embedded FerretDB for the whole run. Several jest projects share this
 * set-up, so it starts them only once; test files isolate themselves by database name and queue prefix.
 */
export default async function globalSetup(): Promise<void> {
  if (testServices.current) return;
  const dataDir = resolve(__dirname, '../../data', `test-run-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const [redis, ferret] = await Promise.all([
    freePort().then((port) => startRedis(port, resolve(dataDir, 'redis'))),
    freePort().then((port) => startFerretDb(port, resolve(dataDir, 'ferretdb'))),
  ]);
  testServices.current = { redis, ferret, dataDir };
  // Test workers are forked after global set-up and inherit these variables.
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_MONGO_URL = ferret.url;
  process.env.TEST_DATA_DIR = dataDir;
}
