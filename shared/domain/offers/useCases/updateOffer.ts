import type { Actor } from '../../accounts/session';
import { holdsSameValues } from '../../common/sameValues';
import { ConflictError, NotFoundError } from '../../errors';
import { editableStatuses, type Offer, type OfferContent } from '../offer';
import type { OfferInput } from '../offerContent';
import type { OfferDeps } from '../offerDeps';
import { resolveOfferInput } from '../resolveOfferInput';

export const offerNotFound = () => new NotFoundError('Offre introuvable.');

/** Changes some fields of a draft or published offer; the whole result is checked again. */
export class UpdateOffer {
  constructor(private readonly deps: OfferDeps) {}

  async execute(input: { actor: Actor; offerId: string; changes: Partial<OfferInput> }): Promise<Offer> {
    const { organizationId } = input.actor;
    const current = await this.deps.offers.findInOrganization(organizationId, input.offerId);
    if (!current) throw offerNotFound();
    if (!editableStatuses.includes(current.status)) throw notEditable(current);

    const content = await resolveOfferInput(this.deps, { ...contentOf(current), ...input.changes }, current);
    // Changing nothing writes nothing: same version, same updatedAt, no indexing nor matching.
    if (holdsSameValues(current, content)) return current;
    const updated = await this.deps.offers.update(
      organizationId,
      input.offerId,
      content,
      editableStatuses,
      this.deps.clock.now(),
    );
    if (!updated) throw notEditable(current);
    await this.deps.indexing.enqueue('offer', updated.id, updated.version);
    return updated;
  }
}

function notEditable(offer: Offer): ConflictError {
  return new ConflictError(`L’offre est au statut « ${offer.status} » : elle ne peut plus être modifiée.`);
}

function contentOf(offer: Offer): Omit<OfferContent, 'job' | 'location'> {
  const {
    id: _id,
    organizationId: _organization,
    externalRef: _ref,
    status: _status,
    publishedAt: _published,
    closedAt: _closed,
    version: _version,
    createdBy: _createdBy,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    job: _job,
    location: _location,
    ...content
  } = offer;
  return content;
}
