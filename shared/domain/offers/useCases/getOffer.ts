import type { Offer } from '../offer';
import type { Actor } from '../../accounts/session';
import type { OfferDeps } from '../offerDeps';
import { offerNotFound } from './updateOffer';

/** Employers read their own offers in any status; advisers read published offers. */
export class GetOffer {
  constructor(private readonly deps: Pick<OfferDeps, 'offers'>) {}

  async execute(input: { actor: Actor; offerId: string }): Promise<Offer> {
    const offer =
      input.actor.role === 'employer'
        ? await this.deps.offers.findInOrganizationToShow(input.actor.organizationId, input.offerId)
        : await this.deps.offers.findPublishedToShow(input.offerId);
    if (!offer) throw offerNotFound();
    return offer;
  }
}
