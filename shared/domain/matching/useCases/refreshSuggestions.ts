import type { ActionRateLimiter } from '../../../ports/ActionRateLimiter';
import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { IndexedEntity } from '../../../ports/IndexingQueue';
import type { MatchingQueue } from '../../../ports/MatchingQueue';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { Actor } from '../../accounts/session';
import { candidateNotFound } from '../../candidates/candidateNotFound';
import { offerNotFound } from '../../offers/useCases/updateOffer';

/**
 * Requests for the same entity within this window are one job: a computation reads the current
 * state of both sides, so a second one moments later would find the same list.
 */
export const refreshWindowSeconds = 30;

/** An adviser asks for a recomputation now (of a published offer, or of a person they follow). */
export class RefreshSuggestions {
  constructor(
    private readonly deps: {
      offers: OfferRepository;
      candidates: CandidateRepository;
      matching: MatchingQueue;
      refreshLimiter: ActionRateLimiter;
      clock: Clock;
    },
  ) {}

  async execute(input: { actor: Actor; entity: IndexedEntity; id: string }): Promise<{ jobId: string }> {
    const entity =
      input.entity === 'offer'
        ? await this.deps.offers.findPublished(input.id)
        : await this.deps.candidates.findInOrganization(input.actor.organizationId, input.id);
    if (!entity) throw input.entity === 'offer' ? offerNotFound() : candidateNotFound();
    await this.deps.refreshLimiter.consume(input.actor.userId);
    const window = Math.floor(this.deps.clock.now().getTime() / (refreshWindowSeconds * 1000));
    const jobId = await this.deps.matching.enqueue({
      entity: input.entity,
      id: entity.id,
      version: entity.version,
      reason: 'refresh',
      cause: `w${window}`,
    });
    return { jobId };
  }
}
