/**
 * `npm run bench:edge [-- --requests 20000 --concurrency 16]`: what the HTTP edge costs on top of
 * the database, in one run and at the same number of requests in flight:
 * - a bare express route returning the offer's JSON (the floor of the HTTP stack);
 * - `GET /healthz` through the app (no auth, no database);
 * - `GET /api/v1/offers/:id` as the offer's employer (auth, session check, one findOne, JSON);
 * - the database's own `findOne` by `_id` of the same document (native driver, no HTTP).
 * The CPU column is this process's CPU time per request or call: the server's for the HTTP rows,
 * the driver's for findOne (the database server's own CPU is not in it).
 * The app logs at `info` (every request, as in production) to /dev/null, so that the cost of
 * logging is counted without flooding the terminal. HTTP requests come from a client in its own
 * process (httpLoadClient.ts). The variants alternate in short slices and their samples are
 * pooled, so that the load of a shared machine falls on all alike.
 * Target (issue 17): the offer read at ≥ 60 % of the findOne rate.
 * Redis and FerretDB are started here unless REDIS_URL and MONGO_URL are set.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import express from 'express';
import { Types } from 'mongoose';
import pino from 'pino';
import { createApp } from '../../services/api/app';
import { newOfferBodySchema } from '../../services/api/schemas/offerSchemas';
import { startServer, type RunningServer } from '../../services/api/startServer';
import { createLogger } from '../../shared/adapters/logging/createLogger';
import type { Actor } from '../../shared/domain/accounts/session';
import { startBenchDependencies } from './benchDependencies';
import { percentile, runBenchmark } from './benchReport';
import { pooledRuns, timedCalls, withCpuTime, type TimedRun } from './timedRuns';
import { startLoadClient, type LoadClient, type LoadResult } from './httpLoadClient';

const rounds = 10;
const targetShare = 0.6;

type Variant = 'bare' | 'healthz' | 'offer' | 'findOne';
const labels: Record<Variant, string> = {
  bare: 'bare express, same JSON',
  healthz: 'GET /healthz',
  offer: 'GET /api/v1/offers/:id',
  findOne: 'findOne by _id',
};

type Run = TimedRun;

const perSecondOf = (run: LoadResult) => (run.latenciesMs.length / run.elapsedMs) * 1000;
const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;

function row(label: string, run: Run, floor: number): string {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  const rate = perSecondOf(run);
  return [
    label.padEnd(26),
    `${Math.round(rate).toLocaleString('en').padStart(8)} /s`,
    `${((rate / floor) * 100).toFixed(0).padStart(5)} %`,
    ms(percentile(sorted, 50)),
    ms(percentile(sorted, 95)),
    ms(percentile(sorted, 99)),
    `${(run.cpuMicros / sorted.length).toFixed(0).padStart(5)} µs`,
    String(run.otherAnswers).padStart(7),
  ].join('  ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '20000' },
      concurrency: { type: 'string', default: '16' },
    },
  });
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const { deps, stop } = await startBenchDependencies();
  const servers: RunningServer[] = [];
  let client: LoadClient | undefined;
  try {
    const { useCases } = deps;
    const adminEmail = 'bench-admin@passerelle.test';
    await useCases.ensureFirstAdmin.execute({
      email: adminEmail,
      password: 'bench-admin-password-1',
      territoryName: 'Territoire du banc',
    });
    const territory = await deps.mongo.collection('organizations').findOne({ kind: 'territory' });
    const adminUser = await deps.mongo.collection('users').findOne({ email: adminEmail });
    if (!territory || !adminUser) throw new Error('the first administrator was not created');
    const admin: Actor = { userId: adminUser._id.toString(), organizationId: territory._id.toString(), role: 'admin' };
    const employerOrganization = await useCases.createOrganization.execute({
      actor: admin,
      organization: { kind: 'employer', name: 'Transports du banc', siret: '73282932000074' },
    });
    const employerUser = await useCases.createUser.execute({
      actor: admin,
      organizationId: employerOrganization.id,
      user: {
        email: 'employer@bench.test',
        displayName: 'Employeur',
        role: 'employer',
        password: 'a-long-password-42',
      },
    });
    const employer: Actor = { userId: employerUser.id, organizationId: employerOrganization.id, role: 'employer' };
    const { externalRef: _none, ...offerInput } = newOfferBodySchema.parse({
      title: 'Conducteur PL régional',
      job: { romeCode: 'N4101' },
      description: 'Livraisons régionales au départ de Lille, retour chaque soir.',
      requiredSkills: ['Conduite de poids lourd', 'Arrimage des charges'],
      requiredCertifications: ['PERMIS_C', 'FIMO_MARCHANDISES'],
      contractType: 'cdi',
      location: { commune: { inseeCode: '59350' } },
    });
    const draft = await useCases.createOffer.execute({ actor: employer, offer: offerInput });
    const offer = await useCases.publishOffer.execute({ actor: employer, offerId: draft.id });
    const token = deps.accessTokens.issue(employer, randomUUID());

    // What production does: every request logged at info, written synchronously to a file descriptor.
    const logger = createLogger('info', 'bench-api', {
      destination: pino.destination({ dest: '/dev/null', sync: true }),
    });
    const api = await startServer(createApp({ ...deps, logger }), '127.0.0.1', 0, 1_000);
    servers.push(api);
    const offerBody = JSON.parse(JSON.stringify(offer)) as unknown;
    const bareApp = express();
    bareApp.get('/offer', (_req, res) => {
      res.json(offerBody);
    });
    const bare = await startServer(bareApp, '127.0.0.1', 0, 1_000);
    servers.push(bare);

    const offers = deps.mongo.collection('offers');
    const offerId = new Types.ObjectId(offer.id);
    const loadClient = startLoadClient();
    client = loadClient;
    const http =
      (origin: string, path: string, headers: Record<string, string> = {}) =>
      (count: number) =>
        loadClient.run({ origin, path, headers, count, concurrency });
    const variants: Record<Variant, (count: number) => Promise<LoadResult>> = {
      bare: http(bare.url, '/offer'),
      healthz: http(api.url, '/healthz'),
      offer: http(api.url, `/api/v1/offers/${offer.id}`, { authorization: `Bearer ${token}` }),
      findOne: (count) =>
        timedCalls(count, concurrency, async () => {
          if (!(await offers.findOne({ _id: offerId }))) throw new Error('the offer is gone');
        }),
    };
    const order = Object.keys(variants) as Variant[];
    for (const variant of order) await variants[variant](Math.min(2_000, requests / 4));

    const samples: Record<Variant, Run[]> = { bare: [], healthz: [], offer: [], findOne: [] };
    for (let round = 0; round < rounds; round += 1) {
      const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
      for (const variant of rotated) {
        samples[variant].push(await withCpuTime(() => variants[variant](Math.ceil(requests / rounds))));
      }
    }
    const results = Object.fromEntries(order.map((variant) => [variant, pooledRuns(samples[variant])])) as Record<
      Variant,
      Run
    >;

    const floor = perSecondOf(results.bare);
    const share = perSecondOf(results.offer) / perSecondOf(results.findOne);
    const missed: string[] = [];
    if (share < targetShare) {
      missed.push(`offer read at ${(share * 100).toFixed(0)} % of the findOne rate (target ≥ ${targetShare * 100} %)`);
    }
    const failed = order.filter((variant) => results[variant].otherAnswers > 0);
    if (failed.length > 0)
      missed.push(`answers other than 200 from ${failed.map((variant) => labels[variant]).join(', ')}`);
    process.stdout.write(
      [
        '',
        `${concurrency} in flight, ${results.offer.latenciesMs.length.toLocaleString('en')} requests or calls each, ${rounds} slices alternated:`,
        `${''.padEnd(26)}  ${'rate'.padStart(11)}  ${'/bare'.padStart(7)}  ${'p50'.padStart(10)}  ${'p95'.padStart(10)}  ${'p99'.padStart(10)}  ${'CPU each'.padStart(8)}  not 200`,
        ...order.map((variant) => row(labels[variant], results[variant], floor)),
        '',
        `offer read / findOne: ${(share * 100).toFixed(0)} %`,
        missed.length === 0 ? 'targets met' : `targets missed: ${missed.join('; ')}`,
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
