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
import { monthOf } from '../../shared/domain/reporting/reportingMeasures';
import { sumIncrements } from '../../shared/domain/reporting/sumIncrements';
import type { DomainEvent } from '../../shared/ports/DomainEvents';
import { startBenchDependencies } from './benchDependencies';
import { percentile, perSecond, runBenchmark } from './benchReport';

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

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      people: { type: 'string', default: '100000' },
      offers: { type: 'string', default: '2000' },
      reads: { type: 'string', default: '50' },
      chunk: { type: 'string', default: '5000' },
      backlog: { type: 'string', default: '50000' },
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
          // As transitionEvent writes it for an employer's answer.
          ...(fromOf[action] === 'proposed'
            ? { proposedAt: new Date(at.getTime() - 3 * 24 * 3600 * 1000).toISOString() }
            : {}),
        },
      });
    }
    // A year of flow: the events published in chunks, as the day brings them, each chunk counted by
    // a run of the projection (the scheduler runs it every 10 s); then a backlog left while the
    // workers were down, counted at once. Written by the bulk path publish() stands for: the
    // events' log and reporting's inbox.
    const log = deps.mongo.collection('domainEvents');
    const inbox = deps.mongo.collection('reportingInbox');
    const backlog = Math.min(Number(values.backlog), Math.floor(events.length / 2));
    const flow = events.slice(0, events.length - backlog);
    const write = async (chunk: DomainEvent[]) => {
      const documents = chunk.map(({ id, ...event }) => ({ _id: id as never, ...event }));
      await inbox.insertMany(documents, { ordered: false });
      await log.insertMany(documents, { ordered: false });
    };
    const projectAll = async () => {
      let count = 0;
      for (;;) {
        const run = await useCases.projectReportingEvents.execute({ maxBatches: 1_000 });
        count += run.projected;
        if (run.projected === 0 && !run.skipped) return count;
      }
    };
    let writeMs = 0;
    let projectionMs = 0;
    let projected = 0;
    for (let offset = 0; offset < flow.length; offset += Number(values.chunk)) {
      let started = Date.now();
      await write(flow.slice(offset, offset + Number(values.chunk)));
      writeMs += Date.now() - started;
      started = Date.now();
      projected += await projectAll();
      projectionMs += Date.now() - started;
    }
    let started = Date.now();
    await write(events.slice(flow.length));
    writeMs += Date.now() - started;
    started = Date.now();
    const drained = await projectAll();
    const backlogMs = Date.now() - started;
    process.stdout.write(
      `${eventCount.toLocaleString('en')} events written to the log and the inbox in ${writeMs} ms\n`,
    );

    // The floor: the same increments, summed by batch of the same size, written as plain upserts:
    // no inbox read, no journal, nothing taken out.
    const floor = deps.mongo.collection('benchCounterFloor');
    const sample = events.slice(0, Math.min(events.length, 100_000));
    started = Date.now();
    let writes = 0;
    for (let offset = 0; offset < sample.length; offset += 1_000) {
      const increments = sample
        .slice(offset, offset + 1_000)
        .flatMap((event) =>
          reportingIncrements(event, { sector: null, proposedAt: null, territoryId: admin.organizationId }),
        );
      const byDimension = new Map<string, Record<string, number>>();
      for (const record of sumIncrements(increments)) {
        const inc = byDimension.get(record.dimension) ?? {};
        for (const [measure, value] of Object.entries(record.counts))
          inc[`months.${record.month}.counts.${measure}`] = value;
        for (const [measure, histogram] of Object.entries(record.durations))
          for (const [bucket, count] of Object.entries(histogram))
            inc[`months.${record.month}.durations.${measure}.${bucket}`] = count;
        byDimension.set(record.dimension, inc);
      }
      for (const [dimension, inc] of byDimension) {
        await floor.updateOne({ _id: dimension as never }, { $inc: inc }, { upsert: true });
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
        `projection, day by day:     ${perSecond(projected, projectionMs, 'events')}   (${projected.toLocaleString('en')} events in chunks of ${Number(values.chunk).toLocaleString('en')}, ${projectionMs} ms)`,
        `projection, a backlog:      ${perSecond(drained, backlogMs, 'events')}   (${drained.toLocaleString('en')} events waiting at once, ${backlogMs} ms)`,
        `floor, same increments:     ${perSecond(sample.length, floorMs, 'events')}   (${writes.toLocaleString('en')} plain upserts for ${sample.length.toLocaleString('en')} events)`,
        `projection / floor:         ${(projected / projectionMs / (sample.length / floorMs)).toFixed(2)}×`,
        `counted once: ${projected + drained === eventCount ? 'yes' : `no (${(projected + drained).toLocaleString('en')} of ${eventCount.toLocaleString('en')})`}`,
        `dashboard read, adviser, 12 months by month:   p50 ${percentile(sorted(readTimes.adviser), 50).toFixed(1)} ms, p95 ${percentile(sorted(readTimes.adviser), 95).toFixed(1)} ms`,
        `dashboard read, territory, 12 months by sector: p50 ${percentile(sorted(readTimes.territory), 50).toFixed(1)} ms, p95 ${percentile(sorted(readTimes.territory), 95).toFixed(1)} ms`,
        `months counted: ${new Set(events.map((event) => monthOf(event.at))).size}`,
        '',
      ].join('\n'),
    );
  } finally {
    await stop();
  }
}

runBenchmark(main);
