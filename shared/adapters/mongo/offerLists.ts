import type { OfferStatus } from '../../domain/offers/offer';
import type { ListEntry } from './listEntries';

/**
 * The offers' lists beside the database (IdLists): an organisation's offers, all and by status, and
 * the published ones, members their ids (time order); and the published offers by end date, members
 * `ISO end date NUL id` (ISO dates of one format sort as time). What an employer's list of offers,
 * the advisers' list of published offers and the expiry jobs read, instead of a query that reads
 * the offers' collection.
 */
export const offerListsFamily = 'offers';

interface Listed {
  id: string;
  organizationId: string;
  status: OfferStatus;
  expiresAt: Date | null;
}

export const organizationOffers = (organizationId: string) => `o:{${organizationId}}`;
export const organizationOffersIn = (organizationId: string, status: OfferStatus) =>
  `o:{${organizationId}}:status:${status}`;
export const publishedOffers = 'o:published';
export const publishedOffersByEnd = 'o:published:by-end';

export const endMember = (expiresAt: Date, id: string) => `${expiresAt.toISOString()}\u0000${id}`;

export const idOfEndMember = (member: string) => member.slice(member.lastIndexOf('\u0000') + 1);

/** The upper bound of the by-end list for the offers ending at `date` or before. */
export const endingAtOrBefore = (date: Date) => `${date.toISOString()}\u0001`;

export function offerEntries(offer: Listed): ListEntry[] {
  const published = offer.status === 'published';
  return [
    { list: organizationOffers(offer.organizationId), member: offer.id },
    { list: organizationOffersIn(offer.organizationId, offer.status), member: offer.id },
    ...(published ? [{ list: publishedOffers, member: offer.id }] : []),
    ...(published && offer.expiresAt
      ? [{ list: publishedOffersByEnd, member: endMember(offer.expiresAt, offer.id) }]
      : []),
  ];
}
