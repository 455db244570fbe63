/**
 * `npm run bench:match [-- --profiles 100000 --offers 2000 --samples 300]`: generated profiles and
 * published offers in the embedded engine, then, for a sample of offers, in the same run:
 * - "suggest top 20": retrieval with the hard constraints as filters and scoring of each hit from
 *   its stored inputs (rankCounterparts: what the matching worker runs before storing the list);
 * - one raw engine query: the same filters, the same data, nothing else;
 * - brute force in memory: scoreMatch on every profile already in memory as matching inputs (the
 *   cheapest possible scan, which no process holds in production);
 * - brute force from the database: every profile read from FerretDB (started here unless
 *   MONGO_URL is set) and scored, as matching without a search engine would have to.
 * Prints p50/p95/p99 of each, the ratios, whether retrieval found exactly the eligible people
 * the in-memory scan found, and the peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { candidateModel } from '../../shared/adapters/mongo/candidateModel';
import { connectMongo } from '../../shared/adapters/mongo/connectMongo';
import { toCandidate } from '../../shared/adapters/mongo/MongoCandidateRepository';
import { VersionTracking } from '../../shared/adapters/mongo/versionedWrites';
import { EmbeddedSearchEngine } from '../../shared/adapters/search/embedded/EmbeddedSearchEngine';
import { isMatchable, type CandidateProfile } from '../../shared/domain/candidates/candidateProfile';
import {
  toMatchCandidate,
  toMatchOffer,
  type MatchCandidate,
  type MatchOffer,
} from '../../shared/domain/matching/matchInputs';
import { matchingDirections } from '../../shared/domain/matching/matchingDirections';
import { loadJobProximity } from '../../shared/adapters/reference/loadJobProximity';
import { loadRomeCatalog } from '../../shared/adapters/reference/loadRomeCatalog';
import { rankCounterparts } from '../../shared/domain/matching/rankCounterparts';
import { candidateConditions } from '../../shared/domain/matching/retrievalConditions';
import { scoreMatch } from '../../shared/domain/matching/scoreMatch';
import { candidatesIndex, toCandidateSearchDocument } from '../../shared/ports/searchIndexes/candidatesIndex';
import { generateProfiles, generatePublishedOffers } from '../demo/generateEntities';
import { freePort } from '../local/freePort';
import { startFerretDb } from '../local/startFerretDb';
import { peakRssTracker } from './peakRss';
import { megabytes, runBenchmark } from './benchReport';

const kept = 20;
const batchSize = 1_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
const jobs = loadJobProximity(loadRomeCatalog());
const { offerToCandidates } = matchingDirections(jobs);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profiles: { type: 'string', default: '100000' },
      offers: { type: 'string', default: '2000' },
      samples: { type: 'string', default: '300' },
      'brute-force-samples': { type: 'string', default: '50' },
      'database-scans': { type: 'string', default: '3' },
      pool: { type: 'string', default: '5000' },
    },
  });
  const rss = peakRssTracker();
  const now = new Date();
  const organizationIds = ['0000000000000000000000b1', '0000000000000000000000b2', '0000000000000000000000b3'];
  let started = Date.now();
  const profiles = await generateProfiles(Number(values.profiles), { seed: 21, organizationIds, now });
  const offers = await generatePublishedOffers(Number(values.offers), { seed: 22, organizationIds, now });
  process.stdout.write(
    `generated ${profiles.length.toLocaleString('en')} profiles and ${offers.length.toLocaleString('en')} offers in ${Date.now() - started} ms\n`,
  );

  const engine = new EmbeddedSearchEngine();
  await engine.ensureIndex(candidatesIndex);
  started = Date.now();
  for (let offset = 0; offset < profiles.length; offset += batchSize) {
    await engine.upsert(
      candidatesIndex.name,
      profiles.slice(offset, offset + batchSize).map(toCandidateSearchDocument),
    );
  }
  process.stdout.write(`indexed in ${Date.now() - started} ms\n`);
  const scanned: MatchCandidate[] = profiles.filter((profile) => isMatchable(profile)).map(toMatchCandidate);

  const sample = offers.filter(
    (_, index) => index % Math.max(1, Math.floor(offers.length / Number(values.samples))) === 0,
  );
  const settings = { suggestionsKept: kept, retrievalPoolSize: Number(values.pool) };
  const suggest: number[] = [];
  const raw: number[] = [];
  const bruteForce: number[] = [];
  const pools: number[] = [];
  let truncated = 0;
  let disagreements = 0;
  // Warm-up: the first queries pay for JIT compilation.
  for (const offer of sample.slice(0, 10)) {
    const subject = { input: toMatchOffer(offer), organizationId: offer.organizationId, version: 1 };
    await rankCounterparts(engine, offerToCandidates, subject, settings, now);
  }
  for (const [index, offer] of sample.entries()) {
    const input = toMatchOffer(offer);
    const subject = { input, organizationId: offer.organizationId, version: 1 };

    let start = performance.now();
    const result = await engine.search(candidatesIndex.name, {
      where: candidateConditions(input, jobs),
      sort: [{ field: 'updatedAt', order: 'desc' }],
      limit: settings.retrievalPoolSize,
    });
    raw.push(performance.now() - start);
    pools.push(result.total);
    if (result.total > settings.retrievalPoolSize) truncated += 1;

    start = performance.now();
    const ranking = await rankCounterparts(engine, offerToCandidates, subject, settings, now);
    suggest.push(performance.now() - start);

    if (index < Number(values['brute-force-samples'])) {
      start = performance.now();
      const eligible = scanned.flatMap((candidate) => {
        const outcome = scoreMatch(input, candidate, {
          now,
          jobs,
          lastProposedAt: null,
          profileCreatedAt: candidate.createdAt,
        });
        return outcome.eligible ? [{ id: candidate.id, score: outcome.score }] : [];
      });
      eligible.sort((a, b) => b.score - a.score).slice(0, kept);
      bruteForce.push(performance.now() - start);
      const found = new Set(ranking.eligible.map((item) => item.counterpart.id));
      if (found.size !== eligible.length || eligible.some((item) => !found.has(item.id))) disagreements += 1;
    }
  }

  const databaseScans = await scanFromDatabase(
    profiles,
    sample.slice(0, Number(values['database-scans'])).map(toMatchOffer),
    now,
  );

  const s = summary(suggest);
  const r = summary(raw);
  const b = summary(bruteForce);
  const sortedPools = [...pools].sort((x, y) => x - y);
  process.stdout.write(
    [
      '',
      `offers sampled: ${sample.length} (brute force on ${bruteForce.length}); pool per offer p50 ${percentile(sortedPools, 50)}, max ${sortedPools.at(-1)}; pools beyond ${settings.retrievalPoolSize}: ${truncated}`,
      `                          p50          p95          p99`,
      `suggest top ${kept}:       ${ms(s.p50)}  ${ms(s.p95)}  ${ms(s.p99)}`,
      `raw engine query:     ${ms(r.p50)}  ${ms(r.p95)}  ${ms(r.p99)}`,
      `brute force, memory:  ${ms(b.p50)}  ${ms(b.p95)}  ${ms(b.p99)}`,
      `brute force, database (${databaseScans.length} runs): ${databaseScans.map((value) => ms(value).trim()).join(', ')}`,
      '',
      `p95 suggest / p95 raw query:   ${(s.p95 / r.p95).toFixed(2)}×   (goal ≤ 1.5×)`,
      `p95 brute force in memory / p95 suggest: ${(b.p95 / s.p95).toFixed(1)}×   (goal ≥ 20×)`,
      `median brute force from the database / p95 suggest: ${(summary(databaseScans).p50 / s.p95).toFixed(1)}×   (goal ≥ 20×)`,
      `eligible sets differing from the scan: ${disagreements}`,
      `peak RSS: ${megabytes(rss.stop())}`,
      '',
    ].join('\n'),
  );
}

/** Reads every profile from the database, as matching would without an index, and scores it. */
async function scanFromDatabase(profiles: CandidateProfile[], offers: MatchOffer[], now: Date): Promise<number[]> {
  if (offers.length === 0) return [];
  const scratch = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  const ferret = process.env.MONGO_URL ? null : await startFerretDb(await freePort(), join(scratch, 'ferretdb'));
  const connection = await connectMongo(process.env.MONGO_URL ?? ferret?.url ?? '', `bench_match_${Date.now()}`);
  try {
    const model = candidateModel(connection);
    let started = Date.now();
    for (let offset = 0; offset < profiles.length; offset += batchSize) {
      await model.insertMany(
        profiles.slice(offset, offset + batchSize).map(({ id, organizationId, referentAdviserId, ...rest }) => ({
          ...rest,
          _id: new Types.ObjectId(id),
          organizationId: new Types.ObjectId(organizationId),
          referentAdviserId: new Types.ObjectId(referentAdviserId),
        })),
        { ordered: false },
      );
    }
    process.stdout.write(`stored in the database in ${Date.now() - started} ms\n`);
    // The repository's own batches over the collection.
    const repository = new VersionTracking(model, toCandidate);
    const times: number[] = [];
    for (const offer of offers) {
      started = performance.now();
      const best: { id: string; score: number }[] = [];
      await repository.forEachBatch(batchSize, (batch) => {
        for (const profile of batch) {
          const outcome = scoreMatch(offer, toMatchCandidate(profile), {
            now,
            jobs,
            lastProposedAt: null,
            profileCreatedAt: profile.createdAt,
          });
          if (outcome.eligible) best.push({ id: profile.id, score: outcome.score });
        }
        best.sort((a, b) => b.score - a.score).splice(kept);
        return Promise.resolve();
      });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    await ferret?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

runBenchmark(main);
