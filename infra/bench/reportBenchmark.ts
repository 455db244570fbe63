/**
 * `npm run bench:report [-- --events 1000000 --people 100000 --offers 2000]`: a year of domain
 * events (pipeline steps and outcomes of that many people on that many offers, in 10 insertion
 * structures and 20 employers) written to the outbox, then the reporting projection's rate next to
 * the floor measured in the same run (the same counter increments written directly, without
 * reading, guarding or marking events), and the p50/p95 of a dashboard read (12 months by month
 * for an adviser, by sector for the territory). Redis and FerretDB are started here unless
 * REDIS_URL and MONGO_URL are set.
 */
import { parseArgs } from 'node:util';
import type { Actor } from '../../shared/domain/accounts/session';
import { reportingIncrements } from '../../shared/domain/reporting/reportingIncrements';
import { dayBucket, monthOf } from '../../shared/domain/reporting/reportingMeasures';
import type { DomainEvent } from '../../shared/ports/DomainEvents';
import { startBenchDependencies } from './benchDependencies';
import { perSecond, runBenchmark } from './benchReport';

const actions = ['shortlist', 'propose', 'request_interview', 'decline', 'schedule_interview', 'hire'] as const;
const fromOf: Record<(typeof actions)[number], string> = {
  shortlist: 'suggested',
  propose: 'shortlisted',
  request_interview: 'proposed',
  decline: 'proposed',
  schedule_interview: 'interview_requested',
  hire: 'interview_scheduled',
};
const classes = ['lasting_employment', 'transitional_employment', 'positive_exit', 'other_exit', 'no_solution'];

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      people: { type: 'string', default: '100000' },
      offers: { type: 'string', default: '2000' },
      reads: { type: 'string', default: '50' },
    },
  });
  const eventCount = Number(values.events);
  const { deps, stop } = await startBenchDependencies();
  try {
    const { useCases } = deps;
    await useCases.ensureFirstAdmin.execute({
      email: 'bench-admin@passerelle.test',
      password: 'bench-admin-password-1',
      territoryName: 'Territoire du banc',
    });
    const territory = await deps.mongo.collection('organizations').findOne({ kind: 'territory' });
    const adminUser = await deps.mongo.collection('users').findOne({ email: 'bench-admin@passerelle.test' });
    if (!territory || !adminUser) throw new Error('no territory');
    const admin: Actor = { userId: adminUser._id.toString(), organizationId: territory._id.toString(), role: 'admin' };
    const insertion: string[] = [];
    const employers: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const created = await useCases.createOrganization.execute({
        actor: admin,
        organization: { kind: 'insertion', name: `Structure ${index}`, structureType: 'plie' },
      });
      insertion.push(created.id);
    }
    for (let index = 0; index < 20; index += 1) {
      const created = await useCases.createOrganization.execute({
        actor: admin,
        organization: { kind: 'employer', name: `Employeur ${index}`, siret: '73282932000074' },
      });
      employers.push(created.id);
    }

    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const yearStart = Date.UTC(2026, 0, 1);
    const events: DomainEvent[] = [];
    for (let index = 0; index < eventCount; index += 1) {
      const at = new Date(yearStart + Math.floor(next() * 365 * 24 * 3600 * 1000));
      const person = Math.floor(next() * Number(values.people));
      const organizationId = insertion[person % insertion.length] ?? '';
      if (next() < 0.1) {
        events.push({
          id: `bench-outcome-${index}`,
          type: 'outcome.recorded',
          at,
          data: {
            outcomeId: `o${index}`,
            candidateOrganizationId: organizationId,
            employerOrganizationId: pick(employers),
            kind: 'employment',
            outcomeClass: pick(classes),
            sector: 'industry',
            date: at.toISOString(),
          },
        });
        continue;
      }
      const action = pick(actions);
      events.push({
        id: `bench-step-${index}`,
        type: 'match.transitioned',
        at,
        data: {
          matchId: `m${index}`,
          offerId: `offer-${Math.floor(next() * Number(values.offers))}`,
          candidateOrganizationId: organizationId,
          offerOrganizationId: pick(employers),
          action,
          from: fromOf[action],
          to: 'x',
        },
      });
    }
    let started = Date.now();
    const outbox = deps.mongo.collection('domainEvents');
    for (let offset = 0; offset < events.length; offset += 5_000) {
      await outbox.insertMany(
        events.slice(offset, offset + 5_000).map(({ id, ...event }) => ({
          _id: id as never,
          ...event,
          handledAt: new Date(),
          projectedAt: null,
        })),
        { ordered: false },
      );
    }
    process.stdout.write(
      `${eventCount.toLocaleString('en')} events written to the outbox in ${Date.now() - started} ms\n`,
    );

    started = Date.now();
    let projected = 0;
    for (;;) {
      const run = await useCases.projectReportingEvents.execute({ maxBatches: 1_000 });
      projected += run.projected;
      if (run.projected === 0 && !run.skipped) break;
    }
    const projectionMs = Date.now() - started;

    // The floor: the same increments written as plain upserts, nothing read, guarded or marked.
    const floor = deps.mongo.collection('benchCounterFloor');
    const sample = events.slice(0, Math.min(events.length, 20_000));
    started = Date.now();
    let writes = 0;
    for (const event of sample) {
      const organizationId = String(event.data.candidateOrganizationId);
      for (const increment of reportingIncrements(event, {
        sector: null,
        proposedAt: null,
        territoryId: admin.organizationId,
      })) {
        const inc: Record<string, number> = {};
        for (const [measure, value] of Object.entries(increment.counts)) inc[`counts.${measure}`] = value;
        for (const [measure, days] of Object.entries(increment.durations))
          inc[`durations.${measure}.${dayBucket(days)}`] = 1;
        await floor.updateOne(
          { _id: `${increment.dimension}|${increment.month}|${organizationId}` as never },
          { $inc: inc },
          { upsert: true },
        );
        writes += 1;
      }
    }
    const floorMs = Date.now() - started;

    const adviser: Actor = { userId: 'bench', organizationId: insertion[0] ?? '', role: 'adviser' };
    const readTimes = { adviser: [] as number[], territory: [] as number[] };
    for (let run = 0; run < Number(values.reads); run += 1) {
      let start = performance.now();
      await useCases.getIndicators.execute({
        actor: adviser,
        query: { from: '2026-01', to: '2026-12', groupBy: 'month' },
      });
      readTimes.adviser.push(performance.now() - start);
      start = performance.now();
      await useCases.getIndicators.execute({
        actor: admin,
        query: { from: '2026-01', to: '2026-12', groupBy: 'sector' },
      });
      readTimes.territory.push(performance.now() - start);
    }

    process.stdout.write(
      [
        '',
        `projection:                 ${perSecond(projected, projectionMs, 'events')}   (${projected.toLocaleString('en')} events in ${projectionMs} ms)`,
        `floor, same increments:     ${perSecond(sample.length, floorMs, 'events')}   (${writes.toLocaleString('en')} plain upserts for ${sample.length.toLocaleString('en')} events)`,
        `projection / floor:         ${(projected / projectionMs / (sample.length / floorMs)).toFixed(2)}×`,
        `dashboard read, adviser, 12 months by month:   p50 ${percentile(readTimes.adviser, 0.5).toFixed(1)} ms, p95 ${percentile(readTimes.adviser, 0.95).toFixed(1)} ms`,
        `dashboard read, territory, 12 months by sector: p50 ${percentile(readTimes.territory, 0.5).toFixed(1)} ms, p95 ${percentile(readTimes.territory, 0.95).toFixed(1)} ms`,
        `months counted: ${new Set(events.map((event) => monthOf(event.at))).size}`,
        '',
      ].join('\n'),
    );
  } finally {
    await stop();
  }
}

runBenchmark(main);
