import type { OfferDeps } from '../offerDeps';
import { offerEndedEvent } from '../offerLifecycleEvents';

const batchSize = 100;

/** Published offers past their end date become `expired` (run by the scheduler; idempotent). */
export class ExpireOffers {
  constructor(private readonly deps: Pick<OfferDeps, 'offers' | 'indexing' | 'clock' | 'events'>) {}

  async execute(): Promise<{ expired: number }> {
    const now = this.deps.clock.now();
    let expired = 0;
    for (;;) {
      const due = await this.deps.offers.listExpired(now, batchSize);
      for (const offer of due) {
        const updated = await this.deps.offers.update(
          offer.organizationId,
          offer.id,
          { status: 'expired', closedAt: now },
          ['published'],
          now,
        );
        if (!updated) continue;
        expired += 1;
        await this.deps.indexing.enqueue('offer', updated.id, updated.version);
        await this.deps.events.publish([offerEndedEvent(updated)]);
      }
      if (due.length < batchSize) return { expired };
    }
  }
}
