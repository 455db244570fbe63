import type { Offer } from './offer';

/** An offer as the API shows it. */
export type OfferView = Offer;

export function toOfferView(offer: Offer): OfferView {
  return offer;
}
