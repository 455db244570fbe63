import { offerEndedEvent } from '../../offers/offerLifecycleEvents';
import type { PipelineDeps } from '../pipelineDeps';

/**
 * Hiring as many people as the offer has openings fills it. Its open matches are then cancelled
 * by CancelObsoleteMatches, which runs after every write of an offer or a profile.
 */
export class FillOfferWhenHired {
  constructor(private readonly deps: Pick<PipelineDeps, 'matches' | 'offers' | 'indexing' | 'clock' | 'events'>) {}

  async execute(offerId: string): Promise<void> {
    const offer = await this.deps.offers.findById(offerId);
    if (!offer || offer.status !== 'published') return;
    const hired = await this.deps.matches.listAll({ offerId, statuses: ['hired'] });
    if (hired.length < offer.openings) return;
    const now = this.deps.clock.now();
    const filled = await this.deps.offers.update(
      offer.organizationId,
      offer.id,
      { status: 'filled', closedAt: now },
      ['published'],
      now,
    );
    if (!filled) return;
    await this.deps.indexing.enqueue('offer', filled.id, filled.version);
    await this.deps.events.publish([offerEndedEvent(filled)]);
  }
}
