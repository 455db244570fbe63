/**
 * `npm run bench:scale [-- --people 120000 --offers 5000 --matches 200000 --notifications 100000
 * --concurrency 8 --budget 15]`: a Département on the default stack (embedded FerretDB and search
 * engine, Redis). The data is written in two stages through the bulk paths (scaleSeed.ts): a tenth,
 * then the rest; after each, the requests an adviser's and an employer's pages make are measured
 * (p50/p95/p99 at `concurrency` in flight, about `budget` seconds each), beside two floors measured
 * in the same run: the database's own query for the same page (native driver) and a bare express
 * route returning the same JSON. Each request is also sent once alone, first, with the copies beside
 * the database dropped (RecordCopies: the "cold" figure, a page nobody opened lately) and
 * the database commands watched: the collections it reads whole (wholeCollectionReads.ts) are
 * listed. The load that follows reads the copies that request kept, as advisers and employers
 * opening the same pages again do. Then the jobs
 * at that size: the matching recomputation of one offer, one batch of the notifications' dispatcher,
 * the pipeline's time rules. The last line says `targets met` or which targets are missed
 * (issue 17: p95 ≤ 150 ms at full size and ≤ 2× the same request at one tenth).
 * The embedded index lives in a search thread, as in the API process; the jobs measured here run on
 * the main thread and reach the index through that thread (in the API process they run beside it).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import express from 'express';
import { Types } from 'mongoose';
import pino from 'pino';
import { createApp } from '../../services/api/app';
import { startServer, type RunningServer } from '../../services/api/startServer';
import { createLogger } from '../../shared/adapters/logging/createLogger';
import { eventInboxModel } from '../../shared/adapters/mongo/eventInboxModel';
import { watchWholeCollectionReads, type WholeCollectionRead } from '../../shared/adapters/mongo/wholeCollectionReads';
import type { Actor } from '../../shared/domain/accounts/session';
import { transitionEvent } from '../../shared/domain/pipeline/pipelineEvents';
import type { ThreadSearchEngine } from '../../shared/adapters/search/thread/ThreadSearchEngine';
import type { Config } from '../../shared/config/env';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import { startSearchThread } from '../../workers/startSearchThread';
import { startBenchDependencies } from './benchDependencies';
import { megabytes, percentile, runBenchmark } from './benchReport';
import { startLoadClient, type LoadResult } from './httpLoadClient';
import { peakRssTracker } from './peakRss';
import { createBenchWorld } from './benchWorld';
import { seedStage, type ScaleShape } from './scaleSeed';
import { timedCalls } from './timedRuns';

const p95Target = 150;
const growthTarget = 2;
const now = new Date();

interface PageRequest {
  label: string;
  path: string;
  actor: Actor;
  /** The database's own query for the same page. */
  floor: () => Promise<unknown>;
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  count: number;
  notOk: number;
  /** A floor not run at this size: it exceeds this (its p95 at a tenth). */
  notRunAbove?: number;
}

interface RequestFigures {
  api: Figures;
  database: Figures;
  bare: Figures;
  /** One request alone, the copies beside the database dropped first (RecordCopies): a cold page. */
  coldMs: number;
  /** Collections read whole by one request alone, with how many times. */
  wholeReads: string;
}

const figuresOf = (run: LoadResult): Figures => {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    count: sorted.length,
    notOk: run.otherAnswers,
  };
};

/**
 * Runs `run` for about `budgetMs`: a probe sets how many calls fit, at least `least` (three rounds
 * of the requests in flight for a page, one for a floor), at most 2,000.
 */
async function timedFor(
  budgetMs: number,
  concurrency: number,
  least: number,
  run: (count: number) => Promise<LoadResult>,
) {
  const probe = await run(concurrency);
  const meanMs = probe.elapsedMs / Math.max(1, probe.latenciesMs.length);
  const count = Math.max(least, Math.min(2_000, Math.round(budgetMs / Math.max(meanMs, 0.01))));
  return figuresOf(await run(count));
}

/** A floor not run again: the tenth's figures, marked as a bound the full size exceeds. */
const notRunFloor = (tenth: Figures): Figures => ({ ...tenth, count: 0, notRunAbove: tenth.p95 });

/** "matches ×2, candidates": the collections read whole, with how many times. */
function wholeReadsOf(reads: readonly WholeCollectionRead[]): string {
  const times = new Map<string, number>();
  for (const read of reads) times.set(read.collection, (times.get(read.collection) ?? 0) + 1);
  return [...times].map(([collection, count]) => (count > 1 ? `${collection} ×${count}` : collection)).join(', ');
}

const floorText = (floor: Figures) => (floor.notRunAbove === undefined ? ms(floor.p95) : `>${ms(floor.notRunAbove)}`);

/** How many people an offer's suggestions page shows (its first page). */
const suggestionsPageSize = 20;

/**
 * Among these offers, the one whose suggestions page shows the adviser's structure the most people
 * (computed here), so that its page holds as many at a tenth as at full size: the same answer at
 * both sizes, which the growth target compares (an offer few people fit at a tenth answers less).
 */
async function offerWithTheFullestPage(
  deps: Dependencies,
  offerIds: readonly string[],
  organizationId: string,
): Promise<string | undefined> {
  let best: { id: string; shown: number } | undefined;
  for (const id of offerIds) {
    await deps.useCases.computeSuggestions.execute({ entity: 'offer', id });
    const list = await deps.repositories.suggestions.findList({ entity: 'offer', id });
    const shown = Math.min(
      suggestionsPageSize,
      list?.suggestions.filter((suggestion) => suggestion.candidateOrganizationId === organizationId).length ?? 0,
    );
    if (!best || shown > best.shown) best = { id, shown };
    if (shown === suggestionsPageSize) break;
  }
  // The computations announced their suggestions to the dispatcher: its measured batch is pipeline steps.
  await eventInboxModel(deps.mongo, 'notifications').deleteMany({});
  if (best) process.stdout.write(`  measured offer: ${best.id}, ${best.shown} people on its suggestions page\n`);
  return best?.id;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '120000' },
      offers: { type: 'string', default: '5000' },
      matches: { type: 'string', default: '200000' },
      notifications: { type: 'string', default: '100000' },
      concurrency: { type: 'string', default: '8' },
      budget: { type: 'string', default: '15' },
    },
  });
  const shape: ScaleShape = {
    people: Number(values.people),
    offers: Number(values.offers),
    matches: Number(values.matches),
    notifications: Number(values.notifications),
  };
  const concurrency = Number(values.concurrency);
  const budgetMs = Number(values.budget) * 1000;
  const rss = peakRssTracker();
  // As the API process runs it (services/api/main.ts): the embedded index in a search thread, off the
  // heap and the event loop that serve the requests.
  const searchThread: { engine?: ThreadSearchEngine } = {};
  const bench = await startBenchDependencies({
    monitorCommands: true,
    ...((process.env.SEARCH_ENGINE ?? 'embedded') === 'embedded'
      ? {
          searchEngine: (config: Config) =>
            (searchThread.engine = startSearchThread(config, (error) => {
              throw error;
            })),
        }
      : {}),
  });
  /** The heap the index is in: the search thread's, or this thread's with another engine. */
  const indexThreadHeap = async () => {
    if (searchThread.engine) return searchThread.engine.heapUsed();
    global.gc?.();
    return process.memoryUsage().heapUsed;
  };
  const { deps } = bench;
  const servers: RunningServer[] = [];
  const client = startLoadClient();
  const watch = watchWholeCollectionReads(deps.mongo);
  try {
    const { world, adviser, employer } = await createBenchWorld(deps, now);
    const logger = createLogger('info', 'bench-api', {
      destination: pino.destination({ dest: '/dev/null', sync: true }),
    });
    const api = await startServer(createApp({ ...deps, logger }), '127.0.0.1', 0, 1_000);
    servers.push(api);
    const bareBodies = new Map<string, unknown>();
    const bareApp = express();
    bareApp.get('/page/:label', (req, res) => {
      res.json(bareBodies.get(req.params.label) ?? null);
    });
    const bare = await startServer(bareApp, '127.0.0.1', 0, 1_000);
    servers.push(bare);

    const db = deps.mongo;
    const stages: {
      label: string;
      written: number;
      requests: Map<string, RequestFigures>;
      jobs: [string, number, string][];
    }[] = [];
    let measuredOffer: string | undefined;
    let measuredPerson: string | undefined;
    let heapBefore = 0;
    let indexHeap = 0;
    for (const [index, share] of [0.1, 0.9].entries()) {
      heapBefore = await indexThreadHeap();
      const started = Date.now();
      const written = await seedStage(deps, world, shape, { share, seed: 40 + index, now });
      const seededMs = Date.now() - started;
      measuredOffer ??= await offerWithTheFullestPage(
        deps,
        written.offers.filter((offer) => offer.organizationId === employer.organizationId).map((offer) => offer.id),
        adviser.organizationId,
      );
      measuredPerson ??= written.people.find((person) => person.referentAdviserId === adviser.userId)?.id;
      if (!measuredOffer || !measuredPerson)
        throw new Error('no offer of the measured employer, or no person of the adviser');
      process.stdout.write(
        `stage ${index + 1}: ${written.people.length.toLocaleString('en')} people, ${written.offers.length.toLocaleString('en')} offers, ` +
          `${written.matches.toLocaleString('en')} matches, ${written.events.toLocaleString('en')} events, ` +
          `${written.notifications.toLocaleString('en')} notifications written in ${Math.round(seededMs / 1000)} s\n`,
      );
      written.people.length = 0;
      written.offers.length = 0;
      indexHeap += (await indexThreadHeap()) - heapBefore;

      const jobs: [string, number, string][] = [];
      const timed = async (label: string, work: () => Promise<unknown>) => {
        watch.take();
        const jobStarted = performance.now();
        await work();
        const took = performance.now() - jobStarted;
        const reads = wholeReadsOf(watch.take());
        jobs.push([label, took, reads]);
        process.stdout.write(`  ${label}: ${ms(took)}; read whole: ${reads || '–'}\n`);
      };
      const offerId = measuredOffer;
      const personId = measuredPerson;
      await timed('matching: recompute one offer', () =>
        deps.useCases.computeSuggestions.execute({ entity: 'offer', id: offerId }),
      );
      await timed('matching: recompute one person', () =>
        deps.useCases.computeSuggestions.execute({ entity: 'candidate', id: personId }),
      );
      // A batch of the dispatcher: 100 recent pipeline steps waiting in its inbox.
      const recent = await db.collection('matches').find({ offerId }, { limit: 100 }).toArray();
      const waiting = recent.flatMap((match) => {
        const asMatch = { ...match, id: String(match._id) } as unknown as Parameters<typeof transitionEvent>[0];
        return asMatch.history.map((line) => transitionEvent(asMatch, line));
      });
      await eventInboxModel(db, 'notifications').insertMany(
        waiting.slice(0, 100).map(({ id, ...rest }) => ({ ...rest, _id: `bench:${index}:${id}` })),
        { ordered: false },
      );
      await timed('notifications: one dispatcher batch (100 events)', () =>
        deps.useCases.dispatchDomainEvents.execute(100),
      );
      await timed('pipeline time rules (the reminders of the stage due)', () =>
        deps.useCases.runPipelineTimeRules.execute(),
      );
      await timed('pipeline time rules, run again (nothing new due)', () =>
        deps.useCases.runPipelineTimeRules.execute(),
      );

      const oid = (id: string) => new Types.ObjectId(id);
      const requests: PageRequest[] = [
        {
          label: 'adviser: my people, page 1',
          path: '/api/v1/candidates/caseload?scope=mine&limit=20',
          actor: adviser,
          floor: () =>
            Promise.all([
              db
                .collection('candidates')
                .find({ organizationId: oid(adviser.organizationId), referentAdviserId: oid(adviser.userId) })
                .sort({ 'contact.lastName': 1, 'contact.firstName': 1, _id: 1 })
                .limit(20)
                .toArray(),
              db.collection('candidates').countDocuments({
                organizationId: oid(adviser.organizationId),
                referentAdviserId: oid(adviser.userId),
              }),
            ]),
        },
        {
          label: 'adviser: structure by sector, p. 3',
          path: '/api/v1/candidates/caseload?scope=organization&sector=transport_logistics&limit=20&offset=40',
          actor: adviser,
          floor: () =>
            Promise.all([
              db
                .collection('candidates')
                .find({ organizationId: oid(adviser.organizationId), desiredSectors: 'transport_logistics' })
                .sort({ 'contact.lastName': 1, 'contact.firstName': 1, _id: 1 })
                .skip(40)
                .limit(20)
                .toArray(),
              db
                .collection('candidates')
                .countDocuments({ organizationId: oid(adviser.organizationId), desiredSectors: 'transport_logistics' }),
            ]),
        },
        {
          label: 'adviser: one person',
          path: `/api/v1/candidates/${personId}`,
          actor: adviser,
          floor: () => db.collection('candidates').findOne({ _id: oid(personId) }),
        },
        {
          label: 'adviser: a person’s suggestions',
          path: `/api/v1/candidates/${personId}/suggestions`,
          actor: adviser,
          floor: () => db.collection('suggestionLists').findOne({ _id: `candidate:${personId}` as never }),
        },
        {
          label: 'adviser: an offer’s suggestions',
          path: `/api/v1/offers/${offerId}/suggestions`,
          actor: adviser,
          // The slice of the adviser's organisation (suggestionListSlices.ts), what the page reads.
          floor: () =>
            db.collection('suggestionLists').findOne({ _id: `offer:${offerId}|${adviser.organizationId}` as never }),
        },
        {
          label: 'adviser: my people’s matches',
          path: `/api/v1/matches?referentAdviserId=${adviser.userId}&limit=20`,
          actor: adviser,
          floor: () =>
            db
              .collection('matches')
              .find({ candidateOrganizationId: adviser.organizationId })
              .sort({ _id: 1 })
              .limit(20)
              .toArray(),
        },
        {
          label: 'adviser: notifications, unread',
          path: '/api/v1/me/notifications?limit=20',
          actor: adviser,
          floor: () =>
            Promise.all([
              db
                .collection('inAppNotifications')
                .find({ userId: adviser.userId })
                .sort({ _id: -1 })
                .limit(20)
                .toArray(),
              db.collection('inAppNotifications').countDocuments({ userId: adviser.userId, readAt: null }),
            ]),
        },
        {
          label: 'employer: my offers',
          path: '/api/v1/offers?limit=20',
          actor: employer,
          floor: () =>
            db
              .collection('offers')
              .find({ organizationId: oid(employer.organizationId) })
              .sort({ _id: 1 })
              .limit(20)
              .toArray(),
        },
        {
          label: 'employer: one offer',
          path: `/api/v1/offers/${offerId}`,
          actor: employer,
          floor: () => db.collection('offers').findOne({ _id: oid(offerId) }),
        },
        {
          label: 'employer: an offer’s matches',
          path: `/api/v1/matches?offerId=${offerId}&limit=20`,
          actor: employer,
          floor: () =>
            db
              .collection('matches')
              .find({ offerId, offerOrganizationId: employer.organizationId, proposedAt: { $ne: null } })
              .sort({ _id: 1 })
              .limit(20)
              .toArray(),
        },
        {
          label: 'employer: notifications, unread',
          path: '/api/v1/me/notifications?limit=20',
          actor: employer,
          floor: () =>
            Promise.all([
              db
                .collection('inAppNotifications')
                .find({ userId: employer.userId })
                .sort({ _id: -1 })
                .limit(20)
                .toArray(),
              db.collection('inAppNotifications').countDocuments({ userId: employer.userId, readAt: null }),
            ]),
        },
      ];

      const measured = new Map<string, RequestFigures>();
      for (const request of requests) {
        // A token of its own for each request measured: a long run outlives an access token.
        const headers = { authorization: `Bearer ${deps.accessTokens.issue(request.actor, randomUUID())}` };
        await deps.recordCopies.dropAll();
        watch.take();
        const coldStarted = performance.now();
        const alone = await fetch(`${api.url}${request.path}`, { headers });
        bareBodies.set(request.label, await alone.json());
        const coldMs = performance.now() - coldStarted;
        const wholeReads = alone.status !== 200 ? `answer ${alone.status}` : wholeReadsOf(watch.take());
        // A full collection before the runs: here the embedded index (1.1 GB at full size) shares the
        // API's heap, which the API process keeps in its search thread; a major collection of it
        // would otherwise fall inside some pages' runs and not others'.
        global.gc?.();
        // A floor that took longer than the budget at a tenth only grows: at full size it is not run
        // again (the query that reads the collection would take many minutes a call).
        const floorAtTenth = stages[0]?.requests.get(request.label)?.database;
        const http = (origin: string, path: string) => (count: number) =>
          client.run({ origin, path, headers, count, concurrency });
        const figures: RequestFigures = {
          api: await timedFor(budgetMs, concurrency, concurrency * 3, http(api.url, request.path)),
          database:
            floorAtTenth && floorAtTenth.p95 > budgetMs
              ? notRunFloor(floorAtTenth)
              : await timedFor(budgetMs, concurrency, concurrency, (count) =>
                  timedCalls(count, concurrency, request.floor),
                ),
          bare: await timedFor(
            budgetMs / 3,
            concurrency,
            concurrency * 3,
            http(bare.url, `/page/${encodeURIComponent(request.label)}`),
          ),
          coldMs,
          wholeReads,
        };
        measured.set(request.label, figures);
        process.stdout.write(
          `  ${request.label}: p50/p95 ${ms(figures.api.p50)} / ${ms(figures.api.p95)}, cold ${ms(coldMs)}, database ${floorText(figures.database)}, bare ${ms(figures.bare.p95)}; read whole: ${wholeReads || '–'}\n`,
        );
      }
      stages.push({
        label: index === 0 ? 'one tenth' : 'full size',
        written: await db.collection('candidates').estimatedDocumentCount(),
        requests: measured,
        jobs,
      });
    }
    const [tenth, full] = stages as [(typeof stages)[number], (typeof stages)[number]];
    const missed: string[] = [];
    const lines = [
      '',
      `${concurrency} requests in flight; p50 / p95 / p99; at one tenth (${tenth.written.toLocaleString('en')} people) and full size (${full.written.toLocaleString('en')} people)`,
      [
        'request'.padEnd(36),
        'full p50'.padStart(9),
        'p95'.padStart(9),
        'p99'.padStart(9),
        '1/10 p95'.padStart(9),
        'growth'.padStart(7),
        'cold'.padStart(9),
        'db p95'.padStart(9),
        'bare p95'.padStart(9),
        '  collections read whole (one request)',
      ].join(' '),
    ];
    for (const [label, figures] of full.requests) {
      const small = tenth.requests.get(label)!;
      const growth = figures.api.p95 / small.api.p95;
      lines.push(
        [
          label.padEnd(36),
          ms(figures.api.p50).padStart(9),
          ms(figures.api.p95).padStart(9),
          ms(figures.api.p99).padStart(9),
          ms(small.api.p95).padStart(9),
          `${growth.toFixed(1)}×`.padStart(7),
          ms(figures.coldMs).padStart(9),
          floorText(figures.database).padStart(9),
          ms(figures.bare.p95).padStart(9),
          `  ${figures.wholeReads || '–'}`,
        ].join(' '),
      );
      if (figures.api.p95 > p95Target) missed.push(`${label}: p95 ${ms(figures.api.p95)} > ${p95Target} ms`);
      if (growth > growthTarget) missed.push(`${label}: p95 ${growth.toFixed(1)}× the one-tenth figure`);
      if (figures.api.notOk > 0) missed.push(`${label}: ${figures.api.notOk} answers other than 200`);
    }
    lines.push(
      '',
      `${'jobs'.padEnd(52)}${'one tenth'.padStart(12)}${'full size'.padStart(12)}  collections read whole`,
    );
    for (const [position, [label, took, reads]] of full.jobs.entries()) {
      lines.push(
        `${label.padEnd(52)}${ms(tenth.jobs[position]![1]).padStart(12)}${ms(took).padStart(12)}  ${reads || '–'}`,
      );
    }
    if (indexHeap > 1.5 * 1024 ** 3) missed.push(`embedded index ${megabytes(indexHeap)} ≥ 1.5 GB`);
    lines.push(
      '',
      `peak RSS of the process (API, the search thread and its index, seeding): ${megabytes(rss.stop())}`,
      `heap the search thread gained while the people and offers were written to the embedded index: ${megabytes(indexHeap)} (target < 1,536 MB)`,
      missed.length === 0 ? 'targets met' : `targets missed: ${missed.join('; ')}`,
      '',
    );
    process.stdout.write(lines.join('\n'));
  } finally {
    watch.stop();
    client.stop();
    for (const server of servers) await server.stop();
    await bench.stop();
  }
}

runBenchmark(main);
