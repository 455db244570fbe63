import type { EvalOffer } from './evalSet';
import { constructionOffers } from './offers/constructionOffers';
import { digitalOffers } from './offers/digitalOffers';
import { industryOffers } from './offers/industryOffers';
import { servicesOffers } from './offers/servicesOffers';
import { transportOffers } from './offers/transportOffers';

export const evalOffers: EvalOffer[] = [
  ...industryOffers,
  ...constructionOffers,
  ...transportOffers,
  ...digitalOffers,
  ...servicesOffers,
];
