import type { Actor } from '../../accounts/session';
import { ConflictError, ValidationError } from '../../errors';
import { defaultPublicationDays, type Offer } from '../offer';
import type { OfferDeps } from '../offerDeps';
import { offerPublishedEvent } from '../offerLifecycleEvents';
import { offerNotFound } from './updateOffer';

const dayMs = 24 * 3600 * 1000;

/** draft → published: advisers can see it and matching starts. Publishing twice changes nothing. */
export class PublishOffer {
  constructor(private readonly deps: Pick<OfferDeps, 'offers' | 'indexing' | 'clock' | 'events'>) {}

  async execute(input: { actor: Actor; offerId: string }): Promise<Offer> {
    const { organizationId } = input.actor;
    const current = await this.deps.offers.findInOrganization(organizationId, input.offerId);
    if (!current) throw offerNotFound();
    if (current.status === 'published') return current;
    if (current.status !== 'draft') {
      throw new ConflictError(`Seul un brouillon se publie ; cette offre est au statut « ${current.status} ».`);
    }
    const now = this.deps.clock.now();
    const expiresAt = current.expiresAt ?? new Date(now.getTime() + defaultPublicationDays * dayMs);
    if (expiresAt.getTime() <= now.getTime()) {
      throw new ValidationError('La date de fin de publication est passée.', [
        { field: 'expiresAt', reason: 'reportez la date de fin de publication avant de publier' },
      ]);
    }
    const published = await this.deps.offers.update(
      organizationId,
      input.offerId,
      { status: 'published', publishedAt: now, expiresAt },
      ['draft'],
      now,
    );
    if (!published) return this.execute(input);
    await this.deps.indexing.enqueue('offer', published.id, published.version);
    await this.deps.events.publish([offerPublishedEvent(published)]);
    return published;
  }
}
