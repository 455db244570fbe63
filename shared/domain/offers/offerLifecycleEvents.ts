import type { DomainEvent } from '../../ports/DomainEvents';
import type { Offer } from './offer';

/**
 * What reporting counts of an offer's life: its publication and its end (filled, expired,
 * closed). One event each per offer (an offer is published once and ends once), so the id is the
 * offer and the step: publishing it again adds nothing.
 */
export function offerPublishedEvent(offer: Offer): DomainEvent {
  return {
    id: `offer:${offer.id}:published`,
    type: 'offer.published',
    at: offer.publishedAt ?? offer.updatedAt,
    data: offerFacts(offer),
  };
}

export function offerEndedEvent(offer: Offer): DomainEvent {
  return {
    id: `offer:${offer.id}:ended`,
    type: 'offer.ended',
    at: offer.closedAt ?? offer.updatedAt,
    data: {
      ...offerFacts(offer),
      status: offer.status,
      publishedAt: offer.publishedAt?.toISOString() ?? null,
    },
  };
}

function offerFacts(offer: Offer): Record<string, string | number> {
  return {
    offerId: offer.id,
    offerOrganizationId: offer.organizationId,
    sector: offer.job.sector,
    departmentCode: offer.location.departmentCode,
    openings: offer.openings,
  };
}
