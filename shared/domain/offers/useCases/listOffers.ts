import type { Actor } from '../../accounts/session';
import { toPage, type Page, type PageRequest } from '../../common/page';
import type { OfferStatus, Offer } from '../offer';
import type { OfferDeps } from '../offerDeps';

/** Employers list their own offers (optionally by status); advisers list published offers. */
export class ListOffers {
  constructor(private readonly deps: Pick<OfferDeps, 'offers'>) {}

  async execute(input: { actor: Actor; status?: OfferStatus; page: PageRequest }): Promise<Page<Offer>> {
    const fetch = { ...input.page, limit: input.page.limit + 1 };
    const offers =
      input.actor.role === 'employer'
        ? await this.deps.offers.listInOrganization(
            input.actor.organizationId,
            input.status ? { status: input.status } : {},
            fetch,
          )
        : await this.deps.offers.listPublished(fetch);
    return toPage(offers, input.page.limit);
  }
}
