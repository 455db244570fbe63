import { randomUUID } from 'node:crypto';
import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { IndexedEntity } from '../../../ports/IndexingQueue';
import type { MatchingQueue } from '../../../ports/MatchingQueue';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { Actor } from '../../accounts/session';
import { candidateNotFound } from '../../candidates/candidateNotFound';
import { offerNotFound } from '../../offers/useCases/updateOffer';

/** An adviser asks for a recomputation now (of a published offer, or of a person they follow). */
export class RefreshSuggestions {
  constructor(
    private readonly deps: { offers: OfferRepository; candidates: CandidateRepository; matching: MatchingQueue },
  ) {}

  async execute(input: { actor: Actor; entity: IndexedEntity; id: string }): Promise<{ jobId: string }> {
    const entity =
      input.entity === 'offer'
        ? await this.deps.offers.findPublished(input.id)
        : await this.deps.candidates.findInOrganization(input.actor.organizationId, input.id);
    if (!entity) throw input.entity === 'offer' ? offerNotFound() : candidateNotFound();
    const jobId = await this.deps.matching.enqueue({
      entity: input.entity,
      id: entity.id,
      version: entity.version,
      reason: 'refresh',
      cause: randomUUID(),
    });
    return { jobId };
  }
}
