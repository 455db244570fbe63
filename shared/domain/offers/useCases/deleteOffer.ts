import type { Actor } from '../../accounts/session';
import { ConflictError } from '../../errors';
import type { OfferDeps } from '../offerDeps';
import { offerNotFound } from './updateOffer';

/**
 * Only drafts are deleted: a published offer may have candidates in its pipeline, whose history
 * must stay, so it is closed instead. A draft was never indexed, so there is nothing to remove.
 */
export class DeleteOffer {
  constructor(private readonly deps: Pick<OfferDeps, 'offers'>) {}

  async execute(input: { actor: Actor; offerId: string }): Promise<void> {
    const { organizationId } = input.actor;
    const current = await this.deps.offers.findInOrganization(organizationId, input.offerId);
    if (!current) throw offerNotFound();
    if (current.status !== 'draft' || !(await this.deps.offers.delete(organizationId, input.offerId, ['draft']))) {
      throw new ConflictError('Seul un brouillon se supprime : une offre publiée se clôture (POST …/close).');
    }
  }
}
