/**
 * `npm run bench:auth [-- --calls 10000 --requests 10000 --concurrency 16]`: what the session check
 * (one Redis MGET per authenticated request) costs, in the same run:
 * - the port alone: `isRevoked` called one after another on the real Redis;
 * - an authenticated cheap route (`GET /api/v1/reference/sectors`) through the app over HTTP,
 *   with the check and with a port that answers "not revoked" without asking Redis, one request
 *   at a time (latency) and `concurrency` at a time (throughput), from a client in its own process
 *   (httpLoadClient.ts); the CPU column is the server process's CPU time per request.
 * The two variants alternate in short slices (ABBA) and their samples are pooled, so that the
 * load of a shared machine falls on both alike.
 * Redis and FerretDB are started here unless REDIS_URL and MONGO_URL are set.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { createApp } from '../../services/api/app';
import { startServer, type RunningServer } from '../../services/api/startServer';
import type { SessionRevocations } from '../../shared/ports/SessionRevocations';
import { startBenchDependencies } from './benchDependencies';
import { percentile, perSecond, runBenchmark } from './benchReport';
import { pooledRuns, timedCalls, withCpuTime, type TimedRun } from './timedRuns';
import { startLoadClient, type LoadClient } from './httpLoadClient';

const route = '/api/v1/reference/sectors';
const rounds = 10;

/** The check disabled: every token counts as not revoked, without a round trip. */
const noCheck: SessionRevocations = {
  revokeUser: () => Promise.resolve(),
  revokeSession: () => Promise.resolve(),
  isRevoked: () => Promise.resolve(false),
};

type Run = TimedRun;

function summary(run: Run) {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    perMs: sorted.length / run.elapsedMs,
    cpuMicrosEach: run.cpuMicros / sorted.length,
  };
}

const ms = (value: number) => `${value.toFixed(3).padStart(7)} ms`;
const signed = (value: number, digits: number) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

function line(label: string, run: Run, unit = 'req'): string {
  const { p50, p99, cpuMicrosEach } = summary(run);
  const rate = perSecond(run.latenciesMs.length, run.elapsedMs, unit).padStart(14);
  return `${label.padEnd(22)}${rate}  p50 ${ms(p50)}  p99 ${ms(p99)}  CPU ${cpuMicrosEach.toFixed(0).padStart(4)} µs each`;
}

/** What the check adds (a negative figure means the run with the check was faster: noise). */
function difference(withCheck: Run, withoutCheck: Run): string {
  const a = summary(withCheck);
  const b = summary(withoutCheck);
  return `  with − without: ${signed(a.p50 - b.p50, 3)} ms at p50, ${signed((a.perMs / b.perMs - 1) * 100, 1)} % requests/s, ${signed(a.cpuMicrosEach - b.cpuMicrosEach, 0)} µs CPU each`;
}

/** `count` calls one after another, each timed. */
const sequentially = (count: number, once: () => Promise<void>) => withCpuTime(() => timedCalls(count, 1, once));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      calls: { type: 'string', default: '10000' },
      requests: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '16' },
    },
  });
  const calls = Number(values.calls);
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const { deps, stop } = await startBenchDependencies();
  const servers: RunningServer[] = [];
  let client: LoadClient | undefined;
  try {
    const actor = {
      userId: new Types.ObjectId().toHexString(),
      organizationId: new Types.ObjectId().toHexString(),
      role: 'adviser' as const,
    };
    // The user changed their password a moment ago, so the user's mark exists and MGET reads it.
    await deps.sessionRevocations.revokeUser(actor.userId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const token = deps.accessTokens.issue(actor, randomUUID());
    const claims = deps.accessTokens.verify(token);

    const isRevoked = async () => {
      if (await deps.sessionRevocations.isRevoked(claims)) throw new Error('the bench token is revoked');
    };
    await sequentially(1_000, isRevoked);
    const portRun = await sequentially(calls, isRevoked);

    const origins = { with: '', without: '' };
    for (const [variant, revocations] of [
      ['with', deps.sessionRevocations],
      ['without', noCheck],
    ] as const) {
      const server = await startServer(createApp({ ...deps, sessionRevocations: revocations }), '127.0.0.1', 0, 1_000);
      servers.push(server);
      origins[variant] = server.url;
    }
    const loadClient = startLoadClient();
    client = loadClient;
    const load = (variant: 'with' | 'without', count: number, atATime: number) =>
      withCpuTime(() =>
        loadClient.run({
          origin: origins[variant],
          path: route,
          headers: { authorization: `Bearer ${token}` },
          count,
          concurrency: atATime,
        }),
      );
    for (const variant of ['without', 'with'] as const) await load(variant, 2_000, concurrency);

    // One at a time is slower, so it gets a quarter as many requests.
    const runs = {
      sequential: { without: [] as Run[], with: [] as Run[] },
      concurrent: { without: [] as Run[], with: [] as Run[] },
    };
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const variant of order) {
        runs.sequential[variant].push(await load(variant, Math.ceil(requests / 4 / rounds), 1));
        runs.concurrent[variant].push(await load(variant, Math.ceil(requests / rounds), concurrency));
      }
    }

    const seqWithout = pooledRuns(runs.sequential.without);
    const seqWith = pooledRuns(runs.sequential.with);
    const conWithout = pooledRuns(runs.concurrent.without);
    const conWith = pooledRuns(runs.concurrent.with);
    const otherAnswers = (runsOf: Run[]) => runsOf.reduce((sum, run) => sum + run.otherAnswers, 0);
    process.stdout.write(
      [
        '',
        `the port alone, ${calls.toLocaleString('en')} sequential isRevoked (one MGET each) on Redis:`,
        line('  isRevoked', portRun, 'calls'),
        '',
        `GET ${route} with a valid token, one request at a time (${seqWith.latenciesMs.length.toLocaleString('en')} each):`,
        line('  without the check', seqWithout),
        line('  with the check', seqWith),
        difference(seqWith, seqWithout),
        '',
        `GET ${route}, ${concurrency} at a time (${conWith.latenciesMs.length.toLocaleString('en')} each):`,
        line('  without the check', conWithout),
        line('  with the check', conWith),
        difference(conWith, conWithout),
        `answers other than 200: ${otherAnswers([seqWithout, conWithout])} without the check, ${otherAnswers([seqWith, conWith])} with it`,
        '',
      ].join('\n'),
    );
  } finally {
    client?.stop();
    for (const server of servers) await server.stop();
    await stop();
  }
}

runBenchmark(main);
