import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '../../../ports/DomainEvents';
import type { MatchRepository } from '../../../ports/MatchRepository';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { ProcessLease } from '../../../ports/ProcessLease';
import type {
  ReportingBatch,
  ReportingCounters,
  ReportingInbox,
  ReportingJournal,
} from '../../../ports/ReportingCounters';
import { reportingIncrements, type EventContext } from '../reportingIncrements';
import type { CounterIncrement } from '../reportingMeasures';
import { sumIncrements } from '../sumIncrements';

export interface ReportingDeps {
  inbox: ReportingInbox;
  journal: ReportingJournal;
  counters: ReportingCounters;
  offers: Pick<OfferRepository, 'findById'>;
  matches: Pick<MatchRepository, 'findById'>;
  organizations: Pick<OrganizationRepository, 'findById'>;
  /** One projection at a time across processes: the counters' idempotence relies on it. */
  lease: ProcessLease;
}

const batchSize = 1_000;
/** Offers whose sector a projection remembers before it starts afresh. */
const maxRemembered = 20_000;

/**
 * The reporting projection (run by the scheduler every few seconds), by batches of the inbox:
 * each batch's increments summed, written down in the journal, applied (one write per counter),
 * then its events taken out of the inbox. A run that stops halfway leaves the batch in the journal;
 * the next run finishes it first, and the counters recognise the part they hold already. An event
 * is queued once, when it is first published, so counting never repeats.
 */
export class ProjectReportingEvents {
  /** Lookups kept from one run to the next (the scheduler runs it every few seconds). */
  private run = newRun();

  constructor(private readonly deps: ReportingDeps) {}

  async execute(options: { maxBatches?: number } = {}): Promise<{ projected: number; skipped: boolean }> {
    // Another process projecting now: this run has nothing to add (the next one will follow).
    if (!(await this.deps.lease.tryAcquire())) return { projected: 0, skipped: true };
    try {
      if (this.run.sectors.size > maxRemembered) this.run = newRun();
      return { projected: await projectPending(this.deps, options.maxBatches ?? 50, this.run), skipped: false };
    } finally {
      await this.deps.lease.release();
    }
  }
}

/** Counters rebuilt from the events' log alone: cleared, every event queued again, projected (under the same lease). */
export class RebuildReporting {
  constructor(private readonly deps: ReportingDeps) {}

  async execute(): Promise<{ projected: number }> {
    if (!(await this.deps.lease.acquire())) throw new Error('the reporting projection is held by another process');
    try {
      const unfinished = await this.deps.journal.unfinished();
      if (unfinished) await this.deps.journal.finish(unfinished.id);
      await this.deps.counters.clear();
      await this.deps.inbox.refill();
      const run = newRun();
      let projected = 0;
      for (;;) {
        const count = await projectPending(this.deps, 1_000, run);
        projected += count;
        if (count === 0) return { projected };
      }
    } finally {
      await this.deps.lease.release();
    }
  }
}

/**
 * What the projection remembers between batches and runs: each offer's sector and each
 * organisation's territory as first met (an organisation keeps its territory; an offer's job
 * seldom changes once published, and the memory starts afresh with each process and past 20,000
 * offers).
 */
interface Run {
  sectors: Map<string, string | null>;
  territories: Map<string, string | null>;
}

const newRun = (): Run => ({ sectors: new Map(), territories: new Map() });

async function projectPending(deps: ReportingDeps, maxBatches: number, run: Run): Promise<number> {
  let projected = 0;
  const unfinished = await deps.journal.unfinished();
  if (unfinished) {
    await applyBatch(deps, unfinished, { recovering: true });
    projected += unfinished.eventIds.length;
  }
  for (let index = 0; index < maxBatches; index += 1) {
    const events = await deps.inbox.pending(batchSize);
    if (events.length === 0) break;
    const batch = await batchOf(deps, events, run);
    await deps.journal.write(batch);
    await applyBatch(deps, batch, { recovering: false });
    projected += events.length;
    if (events.length < batchSize) break;
  }
  return projected;
}

async function applyBatch(deps: ReportingDeps, batch: ReportingBatch, options: { recovering: boolean }) {
  await deps.counters.apply(batch.id, batch.increments, options);
  await deps.inbox.done(batch.eventIds);
  await deps.journal.finish(batch.id);
}

async function batchOf(deps: ReportingDeps, events: readonly DomainEvent[], run: Run): Promise<ReportingBatch> {
  const increments: CounterIncrement[] = [];
  for (const event of events) increments.push(...reportingIncrements(event, await contextOf(deps, event, run)));
  return { id: randomUUID(), eventIds: events.map((event) => event.id), increments: sumIncrements(increments) };
}

async function territoryOf(deps: ReportingDeps, organizationId: string, run: Run): Promise<string | null> {
  if (!run.territories.has(organizationId)) {
    const organization = organizationId ? await deps.organizations.findById(organizationId) : null;
    run.territories.set(organizationId, organization?.territoryId ?? null);
  }
  return run.territories.get(organizationId) ?? null;
}

/** The offer's sector for match events, the proposal's time for a first answer, and the territory. */
async function contextOf(deps: ReportingDeps, event: DomainEvent, run: Run): Promise<EventContext> {
  const organizationId = String(event.data.candidateOrganizationId ?? event.data.offerOrganizationId ?? '');
  const territoryId = await territoryOf(deps, organizationId, run);
  if (event.type !== 'match.transitioned') return { sector: null, proposedAt: null, territoryId };
  const offerId = String(event.data.offerId);
  if (!run.sectors.has(offerId)) {
    run.sectors.set(offerId, (await deps.offers.findById(offerId))?.job.sector ?? null);
  }
  const sector = run.sectors.get(offerId) ?? null;
  if (event.data.from !== 'proposed') return { sector, proposedAt: null, territoryId };
  // Events since the answer delay was written in them carry the proposal's time; older ones look it up.
  if (typeof event.data.proposedAt === 'string')
    return { sector, proposedAt: new Date(event.data.proposedAt), territoryId };
  const match = await deps.matches.findById(String(event.data.matchId));
  const proposal = match?.history.findLast((line) => line.action === 'propose' && line.at <= event.at);
  return { sector, proposedAt: proposal?.at ?? null, territoryId };
}
