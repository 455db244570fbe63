/**
 * An HTTP load generator in a process of its own, so that the client neither competes with the
 * server for its event loop nor counts in the server process's CPU time. The parent sends jobs over
 * IPC and gets back each request's latency.
 */
import { fork } from 'node:child_process';
import { Pool } from 'undici';

export interface LoadJob {
  origin: string;
  path: string;
  headers: Record<string, string>;
  count: number;
  concurrency: number;
}

export interface LoadResult {
  latenciesMs: number[];
  elapsedMs: number;
  /** Answers other than 200 (counted, not fatal: a benchmark reports them). */
  otherAnswers: number;
}

export interface LoadClient {
  run(job: LoadJob): Promise<LoadResult>;
  stop(): void;
}

/** Starts the client process (node with tsx's loader, like the test processes). */
export function startLoadClient(): LoadClient {
  const child = fork(__filename, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending: { resolve: (result: LoadResult) => void; reject: (error: Error) => void } | null = null;
  child.on('message', (result: LoadResult) => pending?.resolve(result));
  child.once('exit', (code) => pending?.reject(new Error(`the load client exited (${code})`)));
  return {
    run: (job) =>
      new Promise<LoadResult>((resolve, reject) => {
        pending = { resolve, reject };
        child.send(job);
      }),
    stop: () => child.kill(),
  };
}

async function runJob(pools: Map<string, Pool>, job: LoadJob): Promise<LoadResult> {
  let pool = pools.get(job.origin);
  if (!pool) {
    pool = new Pool(job.origin, { connections: job.concurrency });
    pools.set(job.origin, pool);
  }
  const latenciesMs: number[] = [];
  let otherAnswers = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.count) {
        next += 1;
        const start = performance.now();
        const response = await pool.request({ method: 'GET', path: job.path, headers: job.headers });
        await response.body.dump();
        latenciesMs.push(performance.now() - start);
        if (response.statusCode !== 200) otherAnswers += 1;
      }
    }),
  );
  return { latenciesMs, elapsedMs: performance.now() - started, otherAnswers };
}

if (require.main === module) {
  const pools = new Map<string, Pool>();
  process.on('message', (job: LoadJob) => {
    runJob(pools, job).then(
      (result) => process.send?.(result),
      (error: unknown) => {
        process.stderr.write(`load client failed: ${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
      },
    );
  });
  process.on('disconnect', () => process.exit(0));
}
