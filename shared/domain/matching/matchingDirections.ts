import type { Condition, IndexDefinition, SearchDocument } from '../../ports/SearchEngine';
import { candidatesIndex, type CandidateSearchDocument } from '../../ports/searchIndexes/candidatesIndex';
import { offersIndex, type OfferSearchDocument } from '../../ports/searchIndexes/offersIndex';
import type { IndexedEntity } from '../../ports/IndexingQueue';
import { decodeMatchCandidate, decodeMatchOffer } from './matchInputCodec';
import type { MatchCandidate, MatchOffer } from './matchInputs';
import { withinReach } from './hardConstraints';
import type { JobProximity } from './jobProximity';
import { candidateConditions, offerConditions } from './retrievalConditions';
import { scoreMatch, type MatchOutcome } from './scoreMatch';

/** One side being matched (an offer, or a person) and what the computation needs of it. */
export interface MatchSubject<S> {
  input: S;
  organizationId: string;
  version: number;
}

export interface Counterpart {
  id: string;
  organizationId: string;
  version: number;
}

/**
 * The two directions of matching, alike but for their sides: which index holds the other side,
 * the filters, and how a hit is read and scored.
 */
export interface MatchingDirection<S, C> {
  subject: IndexedEntity;
  counterpart: IndexedEntity;
  counterpartIndex: IndexDefinition;
  conditions(subject: S): Condition[];
  /**
   * Read from the document's own fields, before decoding its stored inputs: true when a hard
   * constraint already fails (most hits of a dense area are beyond the person's radius).
   */
  failsAtOnce(subject: S, document: SearchDocument): boolean;
  decode(document: SearchDocument): C & Counterpart;
  score(subject: S, counterpart: C, now: Date): MatchOutcome;
  pair(subjectId: string, counterpartId: string): { offerId: string; candidateId: string };
}

export interface MatchingDirections {
  offerToCandidates: MatchingDirection<MatchOffer, MatchCandidate>;
  candidateToOffers: MatchingDirection<MatchCandidate, MatchOffer>;
}

/** Both directions, reading the same proximity between jobs. */
export function matchingDirections(jobs: JobProximity): MatchingDirections {
  const scoreFor = (offer: MatchOffer, candidate: MatchCandidate, now: Date) =>
    scoreMatch(offer, candidate, {
      now,
      lastProposedAt: candidate.lastProposedAt,
      profileCreatedAt: candidate.createdAt,
      jobs,
    });

  const offerToCandidates: MatchingDirection<MatchOffer, MatchCandidate> = {
    subject: 'offer',
    counterpart: 'candidate',
    counterpartIndex: candidatesIndex,
    conditions: (offer) => candidateConditions(offer, jobs),
    failsAtOnce: (offer, document) => {
      const { status, consented, home, maxDistanceKm } = document as CandidateSearchDocument;
      return status !== 'active' || !consented || !withinReach(offer, home, maxDistanceKm);
    },
    decode: (document) => {
      const { matchInput, organizationId } = document as CandidateSearchDocument;
      return { ...decodeMatchCandidate(matchInput), organizationId };
    },
    score: scoreFor,
    pair: (offerId, candidateId) => ({ offerId, candidateId }),
  };

  const candidateToOffers: MatchingDirection<MatchCandidate, MatchOffer> = {
    subject: 'candidate',
    counterpart: 'offer',
    counterpartIndex: offersIndex,
    conditions: (candidate) => offerConditions(candidate, jobs),
    failsAtOnce: (candidate, document) => {
      const { remoteMode, location } = document as OfferSearchDocument;
      return !withinReach(
        { remoteMode: remoteMode as MatchOffer['remoteMode'], location: { location } },
        candidate.homeCommune.location,
        candidate.mobility.maxDistanceKm,
      );
    },
    decode: (document) => {
      const { matchInput, organizationId } = document as OfferSearchDocument;
      return { ...decodeMatchOffer(matchInput), organizationId };
    },
    score: (candidate, offer, now) => scoreFor(offer, candidate, now),
    pair: (candidateId, offerId) => ({ offerId, candidateId }),
  };
  return { offerToCandidates, candidateToOffers };
}
