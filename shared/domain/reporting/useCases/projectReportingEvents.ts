import type { Clock } from '../../../ports/Clock';
import type { DomainEvent } from '../../../ports/DomainEvents';
import type { MatchRepository } from '../../../ports/MatchRepository';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { ProcessLease } from '../../../ports/ProcessLease';
import type { ReportingCounters, ReportingEventSource } from '../../../ports/ReportingCounters';
import { reportingIncrements, type EventContext } from '../reportingIncrements';

export interface ReportingDeps {
  source: ReportingEventSource;
  counters: ReportingCounters;
  offers: Pick<OfferRepository, 'findById'>;
  matches: Pick<MatchRepository, 'findById'>;
  organizations: Pick<OrganizationRepository, 'findById'>;
  /** One projection at a time across processes: the counters' idempotence relies on it. */
  lease: ProcessLease;
  clock: Clock;
}

const batchSize = 200;

/**
 * The reporting projection (run by the scheduler every few seconds): the events not counted yet,
 * oldest first, one at a time: increments applied, then the event marked counted. A crash between
 * the two applies the event again, which the counters recognise; an event marked counted is never
 * read again, so replaying events adds nothing.
 */
export class ProjectReportingEvents {
  constructor(private readonly deps: ReportingDeps) {}

  async execute(options: { maxBatches?: number } = {}): Promise<{ projected: number; skipped: boolean }> {
    // Another process projecting now: this run has nothing to add (the next one will follow).
    if (!(await this.deps.lease.tryAcquire())) return { projected: 0, skipped: true };
    try {
      return { projected: await projectPending(this.deps, options.maxBatches ?? 50), skipped: false };
    } finally {
      await this.deps.lease.release();
    }
  }
}

/** Counters rebuilt from the events alone: cleared, every event uncounted, projected again (under the same lease). */
export class RebuildReporting {
  constructor(private readonly deps: ReportingDeps) {}

  async execute(): Promise<{ projected: number }> {
    if (!(await this.deps.lease.acquire())) throw new Error('the reporting projection is held by another process');
    try {
      await this.deps.counters.clear();
      await this.deps.source.resetProjection();
      let projected = 0;
      for (;;) {
        const count = await projectPending(this.deps, 1_000);
        projected += count;
        if (count === 0) return { projected };
      }
    } finally {
      await this.deps.lease.release();
    }
  }
}

async function projectPending(deps: ReportingDeps, maxBatches: number): Promise<number> {
  let projected = 0;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const events = await deps.source.unprojected(batchSize);
    const lookups: Lookups = { sectors: new Map(), territories: new Map() };
    for (const event of events) {
      const context = await contextOf(deps, event, lookups);
      await deps.counters.apply(event.id, reportingIncrements(event, context));
      await deps.source.markProjected(event.id, deps.clock.now());
      projected += 1;
    }
    if (events.length < batchSize) break;
  }
  return projected;
}

interface Lookups {
  sectors: Map<string, string | null>;
  territories: Map<string, string | null>;
}

/** The offer's sector for match events, the proposal's time for a first answer, and the territory. */
async function contextOf(deps: ReportingDeps, event: DomainEvent, lookups: Lookups): Promise<EventContext> {
  const organizationId = String(event.data.candidateOrganizationId ?? event.data.offerOrganizationId ?? '');
  if (!lookups.territories.has(organizationId)) {
    const organization = organizationId ? await deps.organizations.findById(organizationId) : null;
    lookups.territories.set(organizationId, organization?.territoryId ?? null);
  }
  const territoryId = lookups.territories.get(organizationId) ?? null;
  if (event.type !== 'match.transitioned') return { sector: null, proposedAt: null, territoryId };
  const offerId = String(event.data.offerId);
  if (!lookups.sectors.has(offerId)) {
    lookups.sectors.set(offerId, (await deps.offers.findById(offerId))?.job.sector ?? null);
  }
  const sector = lookups.sectors.get(offerId) ?? null;
  if (event.data.from !== 'proposed') return { sector, proposedAt: null, territoryId };
  const match = await deps.matches.findById(String(event.data.matchId));
  const proposal = match?.history.findLast((line) => line.action === 'propose' && line.at <= event.at);
  return { sector, proposedAt: proposal?.at ?? null, territoryId };
}
