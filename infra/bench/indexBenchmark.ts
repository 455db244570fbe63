/**
 * `npm run bench:index [-- --count 100000]`: indexes generated profiles through the indexing queue
 * (the path every write takes: job per entity and version, worker loads the profile, upserts its
 * document, marks it indexed) and, in the same run, the engine's raw bulk insert of the same
 * documents. Prints docs/s for both and the peak RSS. Redis and FerretDB are started here unless
 * REDIS_URL and MONGO_URL are set; SEARCH_ENGINE and MEILI_URL choose the engine as in production.
 */
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { candidateModel } from '../../shared/adapters/mongo/candidateModel';
import { candidatesIndex, toCandidateSearchDocument } from '../../shared/ports/searchIndexes/candidatesIndex';
import { startWorkers } from '../../workers/startWorkers';
import { generateProfiles } from '../demo/generateEntities';
import { drained, startBenchDependencies } from './benchDependencies';
import { cpuShares } from './cpuShares';
import { peakRssTracker } from './peakRss';
import { megabytes, perSecond, runBenchmark } from './benchReport';

const batchSize = 1_000;

const rate = (count: number, ms: number) => perSecond(count, ms, 'docs');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' } } });
  const count = Number(values.count);
  const bench = await startBenchDependencies();
  const { deps, stop } = bench;
  const cpu = cpuShares(bench);
  const { config } = deps;
  const rss = peakRssTracker();
  try {
    process.stdout.write(`engine: ${config.SEARCH_ENGINE}; profiles: ${count.toLocaleString('en')}\n`);
    let started = Date.now();
    const organizationId = new Types.ObjectId().toHexString();
    const profiles = await generateProfiles(count, { seed: 7, organizationIds: [organizationId], now: new Date() });
    process.stdout.write(`generated and resolved in ${Date.now() - started} ms\n`);

    started = Date.now();
    const model = candidateModel(deps.mongo);
    for (let offset = 0; offset < profiles.length; offset += batchSize) {
      await model.insertMany(
        profiles.slice(offset, offset + batchSize).map(({ id, organizationId: org, referentAdviserId, ...rest }) => ({
          ...rest,
          _id: new Types.ObjectId(id),
          organizationId: new Types.ObjectId(org),
          referentAdviserId: new Types.ObjectId(referentAdviserId),
        })),
        { ordered: false },
      );
    }
    process.stdout.write(`stored in the database in ${Date.now() - started} ms\n`);

    // Through the queue: one job per profile, as the API enqueues them, and the indexing worker.
    await deps.useCases.rebuildSearchIndexes.ensureIndexes();
    const workers = await startWorkers(deps, ['indexing']);
    started = Date.now();
    cpu.start();
    await deps.queues.indexing.addBulk(
      profiles.map((profile) => ({
        name: 'sync',
        data: { entity: 'candidate', id: profile.id, version: profile.version },
        opts: { jobId: `candidate-${profile.id}-v${profile.version}` },
      })),
    );
    const enqueueMs = Date.now() - started;
    await drained(deps.queues.indexing);
    const queuedMs = Date.now() - started;
    const queuedCpu = cpu.perUnit(count);
    await workers.stop();
    const queuePeakRss = rss.peak();
    // Raw, after the queue run: the engine alone, the same documents in batches of 1,000 into an
    // index of their own (kept: removing 100k documents one by one from Orama takes minutes).
    const rawIndex = { ...candidatesIndex, name: 'bench_raw_candidates' };
    await deps.searchEngine.ensureIndex(rawIndex);
    started = Date.now();
    cpu.start();
    for (let offset = 0; offset < profiles.length; offset += batchSize) {
      await deps.searchEngine.upsert(
        rawIndex.name,
        profiles.slice(offset, offset + batchSize).map(toCandidateSearchDocument),
      );
    }
    const rawMs = Date.now() - started;
    const rawCpu = cpu.perUnit(count);

    const indexed = await deps.searchEngine.search(candidatesIndex.name, { limit: 1 });
    const failed = await deps.queues.indexing.getJobCountByTypes('failed');

    process.stdout.write(
      [
        '',
        `raw bulk insert (engine only):      ${rate(count, rawMs)}  (${rawMs} ms)`,
        `through the queue (end to end):     ${rate(count, queuedMs)}  (${queuedMs} ms, enqueue ${enqueueMs} ms)`,
        `documents in the index afterwards:  ${indexed.total.toLocaleString('en')} (failed jobs: ${failed})`,
        `CPU per document, through the queue: ${queuedCpu}`,
        `CPU per document, raw bulk insert:   ${rawCpu}`,
        `peak RSS until the queue run ended: ${megabytes(queuePeakRss)}  (100k profiles held by the generator, engine, worker)`,
        `peak RSS of the whole run:          ${megabytes(rss.stop())}  (plus the raw index, a second copy)`,
        '',
      ].join('\n'),
    );
  } finally {
    await stop();
  }
}

runBenchmark(main);
