import type { Offer } from './offer';

/** An offer as the API shows it: the bookkeeping of the search index stays inside. */
export type OfferView = Omit<Offer, 'indexedVersion'>;

export function toOfferView(offer: Offer): OfferView {
  const { indexedVersion: _indexed, ...view } = offer;
  return view;
}
