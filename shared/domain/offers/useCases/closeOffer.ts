import type { Actor } from '../../accounts/session';
import { ConflictError } from '../../errors';
import { closableStatuses, type Offer } from '../offer';
import type { OfferDeps } from '../offerDeps';
import { offerEndedEvent } from '../offerLifecycleEvents';
import { offerNotFound } from './updateOffer';

/** The employer withdraws a draft or published offer. Closing twice changes nothing. */
export class CloseOffer {
  constructor(private readonly deps: Pick<OfferDeps, 'offers' | 'indexing' | 'clock' | 'events'>) {}

  async execute(input: { actor: Actor; offerId: string }): Promise<Offer> {
    const { organizationId } = input.actor;
    const current = await this.deps.offers.findInOrganization(organizationId, input.offerId);
    if (!current) throw offerNotFound();
    if (current.status === 'closed') return current;
    if (!closableStatuses.includes(current.status)) {
      throw new ConflictError(`Cette offre est déjà terminée (statut « ${current.status} »).`);
    }
    const now = this.deps.clock.now();
    const closed = await this.deps.offers.update(
      organizationId,
      input.offerId,
      { status: 'closed', closedAt: now },
      closableStatuses,
      now,
    );
    if (!closed) return this.execute(input);
    await this.deps.indexing.enqueue('offer', closed.id, closed.version);
    // A draft closed was never on offer: reporting counts the ends of published offers only.
    if (current.status === 'published') await this.deps.events.publish([offerEndedEvent(closed)]);
    return closed;
  }
}
