import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/** Runs one of the project's entry points (services/api/main.ts, workers/main.ts) as its own process. */
export function runEntryPoint(entry: string, env: Record<string, string>, args: string[] = []): RunningProcess {
  // node itself with tsx's loader (not the tsx command, which runs node as its own child): the
  // signals a test sends, SIGKILL included, reach the process that runs the code.
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, entry), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    async waitForOutput(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null)
          throw new Error(`process exited (${child.exitCode}) before ${pattern}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
  };
}

/**
 * The environment a test process gets: the shared test services, its own database, queue prefix
 * and search engine (index prefix included), and whatever else the test's config sets.
 */
export function processEnv(config: {
  MONGO_URL: string;
  MONGO_DB_NAME: string;
  REDIS_URL: string;
  QUEUE_PREFIX: string;
  JWT_SECRET: string;
  SEARCH_ENGINE: string;
  SEARCH_INDEX_PREFIX: string;
}): Record<string, string> {
  return { ...config, NODE_ENV: 'test', LOG_LEVEL: 'info' };
}
