import { isSearchable } from '../../offers/offer';
import type { MatchingDeps } from './computeSuggestions';

/**
 * At the matching worker's start: every published offer without a suggestion list (data written
 * before matching existed, or a list lost) gets a computation; the people concerned follow from
 * it, as after any change. Offers only: they are few, and each one reaches its people.
 */
export class BackfillSuggestions {
  constructor(private readonly deps: Pick<MatchingDeps, 'offers' | 'suggestions' | 'matching' | 'clock'>) {}

  async execute(): Promise<number> {
    let enqueued = 0;
    // A cause of its own: the job of the offer's last write may still be kept, under the same id.
    const cause = `backfill${this.deps.clock.now().getTime()}`;
    await this.deps.offers.forEachBatch(500, async (offers) => {
      for (const offer of offers) {
        if (!isSearchable(offer)) continue;
        if (await this.deps.suggestions.hasList({ entity: 'offer', id: offer.id })) continue;
        await this.deps.matching.enqueue({
          entity: 'offer',
          id: offer.id,
          version: offer.version,
          reason: 'write',
          cause,
        });
        enqueued += 1;
      }
    });
    return enqueued;
  }
}
