import type { MatchCandidate, MatchOffer } from './matchInputs';

/**
 * The matching inputs as stored with each search document (JSON), so that a retrieval hit can be
 * scored without reading the database. Dates travel as ISO strings and come back as dates.
 */
export function encodeMatchCandidate(candidate: MatchCandidate): string {
  return JSON.stringify(candidate);
}

export function decodeMatchCandidate(stored: string): MatchCandidate {
  const raw = JSON.parse(stored) as MatchCandidate;
  return {
    ...raw,
    createdAt: new Date(raw.createdAt),
    lastProposedAt: raw.lastProposedAt ? new Date(raw.lastProposedAt) : null,
    availability: { ...raw.availability, from: raw.availability.from ? new Date(raw.availability.from) : null },
  };
}

export function encodeMatchOffer(offer: MatchOffer): string {
  return JSON.stringify(offer);
}

export function decodeMatchOffer(stored: string): MatchOffer {
  const raw = JSON.parse(stored) as MatchOffer;
  return { ...raw, startDate: raw.startDate ? new Date(raw.startDate) : null };
}
