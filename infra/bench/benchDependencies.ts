import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import { loadConfig, type Config } from '../../shared/config/env';
import type { Clock } from '../../shared/ports/Clock';
import type { SearchEngine } from '../../shared/ports/SearchEngine';
import { buildDependencies, type Dependencies } from '../../shared/wiring/buildDependencies';
import type { ChildService } from '../local/childService';
import { freePort } from '../local/freePort';
import { startFerretDb } from '../local/startFerretDb';
import { startRedis } from '../local/startRedis';
import { processCpuMs } from './processCpu';

export interface BenchDependencies {
  deps: Dependencies;
  redisUrl: string;
  /**
   * The CPU time each service started here (`redis`, `ferretdb`) has used so far, in ms (processCpu.ts):
   * what a run costs the database and Redis, beside this process's own. Services given by URL are not in it.
   */
  servicesCpuMs: () => Record<string, number>;
  /** Drops the bench's database and queues, closes everything, stops the services started here. */
  stop: () => Promise<void>;
}

/**
 * What a benchmark runs on: Redis and FerretDB started in a scratch directory unless REDIS_URL and
 * MONGO_URL are set, a database and queue prefix of its own, the usual composition root.
 */
export async function startBenchDependencies(
  options: {
    clock?: Clock;
    monitorCommands?: boolean;
    /** The engine the dependencies use instead of the config's (bench:import-load's search thread). */
    searchEngine?: (config: Config) => SearchEngine;
  } = {},
): Promise<BenchDependencies> {
  const services: ChildService[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  let redisUrl = process.env.REDIS_URL;
  let mongoUrl = process.env.MONGO_URL;
  if (!redisUrl) {
    const redis = await startRedis(await freePort(), join(scratch, 'redis'));
    services.push(redis);
    redisUrl = redis.url;
  }
  if (!mongoUrl) {
    const ferret = await startFerretDb(await freePort(), join(scratch, 'ferretdb'));
    services.push(ferret);
    mongoUrl = ferret.url;
  }
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-0123456789',
    ...process.env,
    MONGO_URL: mongoUrl,
    REDIS_URL: redisUrl,
    MONGO_DB_NAME: `bench_${Date.now()}`,
    QUEUE_PREFIX: `bench${Date.now()}`,
  });
  const deps = await buildDependencies(config, {
    processName: 'bench',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.monitorCommands ? { monitorCommands: true } : {}),
    ...(options.searchEngine ? { searchEngine: options.searchEngine(config) } : {}),
  });
  return {
    deps,
    redisUrl,
    servicesCpuMs: () =>
      Object.fromEntries(
        services.flatMap((service) => {
          const cpu = service.process.pid === undefined ? null : processCpuMs(service.process.pid);
          return cpu === null ? [] : [[service.name, cpu]];
        }),
      ),
    stop: async () => {
      for (const queue of Object.values(deps.queues)) await queue.obliterate({ force: true }).catch(() => undefined);
      await deps.mongo.dropDatabase().catch(() => undefined);
      await deps.close();
      for (const service of services.reverse()) await service.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Resolves once the queue holds no waiting, delayed or running job (each completed or failed). */
export async function drained(queue: Queue): Promise<void> {
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((value) => value === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
