import type { CandidateRepository } from '../../ports/CandidateRepository';
import type { Clock } from '../../ports/Clock';
import type { IndexedEntity, IndexingQueue } from '../../ports/IndexingQueue';
import type { IndexLedger } from '../../ports/IndexLedger';
import type { MatchingQueue } from '../../ports/MatchingQueue';
import type { IndexRemovalRepository } from '../../ports/IndexRemovalRepository';
import type { OfferRepository } from '../../ports/OfferRepository';
import type { IndexDefinition, SearchDocument, SearchEngine } from '../../ports/SearchEngine';
import { candidatesIndex, toCandidateSearchDocument } from '../../ports/searchIndexes/candidatesIndex';
import { offersIndex, toOfferSearchDocument } from '../../ports/searchIndexes/offersIndex';
import type { VersionedRepository } from '../../ports/VersionedRepository';
import type { CandidateProfile } from '../candidates/candidateProfile';
import { isSearchable, type Offer } from '../offers/offer';

export interface SearchIndexingDeps {
  offers: OfferRepository;
  candidates: CandidateRepository;
  indexRemovals: IndexRemovalRepository;
  indexLedger: IndexLedger;
  indexing: IndexingQueue;
  /** Asked after each sync: suggestions are computed from the index, so they follow it. */
  matching: MatchingQueue;
  searchEngine: SearchEngine;
  clock: Clock;
}

/** How an indexed aggregate reaches the engine: its index, and its document when it belongs there. */
export interface IndexedAggregate<T extends { id: string; version: number }> {
  entity: IndexedEntity;
  index: IndexDefinition;
  repository: VersionedRepository<T>;
  /** null: the entity exists but stays out of the index (an offer that is not published). */
  toDocument(entity: T): SearchDocument | null;
}

export interface IndexedAggregates {
  offer: IndexedAggregate<Offer>;
  candidate: IndexedAggregate<CandidateProfile>;
}

export function indexedAggregates(deps: Pick<SearchIndexingDeps, 'offers' | 'candidates'>): IndexedAggregates {
  return {
    offer: {
      entity: 'offer',
      index: offersIndex,
      repository: deps.offers,
      toDocument: (offer) => (isSearchable(offer) ? toOfferSearchDocument(offer) : null),
    },
    // Every profile is indexed for its advisers' search; matching filters on status and consent.
    candidate: {
      entity: 'candidate',
      index: candidatesIndex,
      repository: deps.candidates,
      toDocument: toCandidateSearchDocument,
    },
  };
}

/** Both aggregates, for what treats them alike (the sweeper, index settings). */
export function allIndexedAggregates(
  deps: Pick<SearchIndexingDeps, 'offers' | 'candidates'>,
): IndexedAggregate<{ id: string; version: number }>[] {
  const aggregates = indexedAggregates(deps);
  return [aggregates.offer, aggregates.candidate];
}
