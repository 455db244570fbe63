import type { Offer } from '../offer';
import type { Actor } from '../../accounts/session';
import type { OfferInput } from '../offerContent';
import type { OfferDeps } from '../offerDeps';
import { resolveOfferInput } from '../resolveOfferInput';

/** An employer writes an offer; it starts as a draft, invisible to advisers until published. */
export class CreateOffer {
  constructor(private readonly deps: OfferDeps) {}

  async execute(input: { actor: Actor; offer: OfferInput; externalRef?: string | null }): Promise<Offer> {
    const content = await resolveOfferInput(this.deps, input.offer);
    const offer = await this.deps.offers.create(
      {
        ...content,
        organizationId: input.actor.organizationId,
        externalRef: input.externalRef ?? null,
        createdBy: input.actor.userId,
      },
      this.deps.clock.now(),
    );
    await this.deps.indexing.enqueue('offer', offer.id, offer.version);
    return offer;
  }
}
