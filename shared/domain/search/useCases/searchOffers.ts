import type { Offer } from '../../offers/offer';
import type { Gazetteer } from '../../../ports/Gazetteer';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { Condition, SearchEngine } from '../../../ports/SearchEngine';
import { offersIndex, type OfferSearchDocument } from '../../../ports/searchIndexes/offersIndex';
import { distanceKm } from '../../geography/geoPoint';
import type { ContractType } from '../../reference/employmentTerms';
import type { Sector } from '../../reference/sectors';
import { radiusCondition, type NearInput } from '../radius';

export interface SearchOffersInput {
  text?: string | undefined;
  sectors?: Sector[] | undefined;
  romeCodes?: string[] | undefined;
  contractTypes?: ContractType[] | undefined;
  near?: NearInput | undefined;
  limit: number;
  offset: number;
}

export interface OfferSearchResult {
  items: { offer: Offer; score: number; distanceKm: number | null }[];
  total: number;
  facets: Record<string, Record<string, number>>;
}

export const offerFacets = ['sector', 'contractType', 'departmentCode'];

/** Published offers for advisers: text, sector, ROME code, contract and a radius around a commune. */
export class SearchOffers {
  constructor(private readonly deps: { searchEngine: SearchEngine; offers: OfferRepository; gazetteer: Gazetteer }) {}

  async execute(input: SearchOffersInput): Promise<OfferSearchResult> {
    const where: Condition[] = [];
    if (input.sectors?.length) where.push({ field: 'sector', anyOf: input.sectors });
    if (input.romeCodes?.length) where.push({ field: 'romeCode', anyOf: input.romeCodes });
    if (input.contractTypes?.length) where.push({ field: 'contractType', anyOf: input.contractTypes });
    const radius = input.near ? await radiusCondition(this.deps.gazetteer, input.near, 'location') : undefined;
    if (radius) where.push(radius.condition);

    const result = await this.deps.searchEngine.search<OfferSearchDocument>(offersIndex.name, {
      ...(input.text ? { text: input.text } : {}),
      where,
      sort: [{ field: 'publishedAt', order: 'desc' }],
      facets: offerFacets,
      limit: input.limit,
      offset: input.offset,
    });
    // The database has the last word: an offer closed a moment ago is dropped, not shown stale.
    const offers = new Map(
      (await this.deps.offers.listPublishedByIds(result.hits.map((hit) => hit.document.id))).map((o) => [o.id, o]),
    );
    const items = result.hits.flatMap(({ document, score }) => {
      const offer = offers.get(document.id);
      if (!offer) return [];
      const distance = radius ? Math.round(distanceKm(radius.place.location, offer.location.location) * 10) / 10 : null;
      return [{ offer: offer, score, distanceKm: distance }];
    });
    return { items, total: result.total, facets: result.facets };
  }
}
