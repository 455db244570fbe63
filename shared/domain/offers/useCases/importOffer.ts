import type { Actor } from '../../accounts/session';
import { ValidationError } from '../../errors';
import { editableStatuses, type Offer } from '../offer';
import type { OfferInput } from '../offerContent';
import type { OfferDeps } from '../offerDeps';
import { resolveOfferInput } from '../resolveOfferInput';
import type { CreateOffer } from './createOffer';
import type { PublishOffer } from './publishOffer';
import type { UpdateOffer } from './updateOffer';

export interface ImportOfferInput {
  actor: Actor;
  externalRef: string;
  offer: OfferInput;
  publish: boolean;
}

/**
 * One row of a bulk import: the employer's reference decides between creating and updating, so
 * running the same file twice updates rather than duplicates. Writes go through the same use
 * cases as the API.
 */
export class ImportOffer {
  constructor(
    private readonly deps: Pick<OfferDeps, 'offers' | 'romeCatalog' | 'gazetteer' | 'clock'>,
    private readonly useCases: { createOffer: CreateOffer; updateOffer: UpdateOffer; publishOffer: PublishOffer },
  ) {}

  /** Checks a row as its write would, without writing: an import writes nothing unless every row passes. */
  async check(input: Omit<ImportOfferInput, 'publish'>): Promise<void> {
    await resolveOfferInput(this.deps, input.offer);
    const existing = await this.deps.offers.findByExternalRef(input.actor.organizationId, input.externalRef);
    if (existing && !editableStatuses.includes(existing.status)) {
      throw new ValidationError('Offre terminée.', [
        {
          field: 'externalRef',
          reason: `l’offre ${input.externalRef} est au statut « ${existing.status} » : elle ne change plus`,
        },
      ]);
    }
  }

  async execute(input: ImportOfferInput): Promise<{ outcome: 'created' | 'updated'; offer: Offer }> {
    const existing = await this.deps.offers.findByExternalRef(input.actor.organizationId, input.externalRef);
    let offer = existing
      ? await this.useCases.updateOffer.execute({ actor: input.actor, offerId: existing.id, changes: input.offer })
      : await this.useCases.createOffer.execute({
          actor: input.actor,
          offer: input.offer,
          externalRef: input.externalRef,
        });
    if (input.publish && offer.status === 'draft') {
      offer = await this.useCases.publishOffer.execute({ actor: input.actor, offerId: offer.id });
    }
    return { outcome: existing ? 'updated' : 'created', offer };
  }
}
