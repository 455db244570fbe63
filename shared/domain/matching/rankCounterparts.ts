import type { SearchEngine } from '../../ports/SearchEngine';
import type { Counterpart, MatchingDirection, MatchSubject } from './matchingDirections';
import type { MatchScore } from './scoreMatch';

export interface MatchingSettings {
  /** Suggestions kept per profile, and per offer for each organisation that follows people. */
  suggestionsKept: number;
  /** At most this many documents are read from the engine per computation. */
  retrievalPoolSize: number;
}

export type RankedCounterpart<C> = { counterpart: C & Counterpart; score: number; outcome: MatchScore };

export interface Ranking<C> {
  /** Documents the engine returned for the hard constraints (at most retrievalPoolSize). */
  retrieved: number;
  /** Documents matching the filters, counted by the engine: above `retrieved`, the pool was cut. */
  matching: number;
  /** Those that pass every hard constraint, scored, best first. */
  eligible: RankedCounterpart<C>[];
  /** The ones kept: the best, per organisation of the people for an offer. */
  best: RankedCounterpart<C>[];
  /** For an offer, the same figures per organisation that follows people: each adviser gets only theirs. */
  byOrganization: OrganizationFigures;
}

export type OrganizationFigures = Record<string, { retrieved: number; eligible: number }>;

/**
 * Retrieval and scoring, through the SearchEngine port only (tests/contract runs it on both
 * adapters): one query with the hard constraints as filters, then each hit scored from the
 * inputs stored with it (no database read). Ties are broken by id, so that both engines give the
 * same order.
 */
export async function rankCounterparts<S, C>(
  searchEngine: SearchEngine,
  direction: MatchingDirection<S, C>,
  subject: MatchSubject<S>,
  settings: MatchingSettings,
  now: Date,
): Promise<Ranking<C>> {
  const pool = await searchEngine.search(direction.counterpartIndex.name, {
    where: direction.conditions(subject.input),
    sort: [{ field: 'updatedAt', order: 'desc' }],
    limit: settings.retrievalPoolSize,
  });
  const eligible: RankedCounterpart<C>[] = [];
  const byOrganization: OrganizationFigures = {};
  const figuresOf = (organizationId: unknown) => {
    const key = direction.subject === 'offer' && typeof organizationId === 'string' ? organizationId : null;
    return key === null ? null : (byOrganization[key] ??= { retrieved: 0, eligible: 0 });
  };
  for (const hit of pool.hits) {
    const figures = figuresOf(hit.document.organizationId);
    if (figures) figures.retrieved += 1;
    if (direction.failsAtOnce(subject.input, hit.document)) continue;
    const counterpart = direction.decode(hit.document);
    const outcome = direction.score(subject.input, counterpart, now);
    if (!outcome.eligible) continue;
    eligible.push({ counterpart, score: outcome.score, outcome });
    if (figures) figures.eligible += 1;
  }
  eligible.sort(byScoreThenId);

  // An offer keeps the best people of each organisation, since each adviser sees only their own.
  const kept = new Map<string, number>();
  const best = eligible.filter((item) => {
    const group = direction.subject === 'offer' ? item.counterpart.organizationId : '';
    const count = kept.get(group) ?? 0;
    kept.set(group, count + 1);
    return count < settings.suggestionsKept;
  });
  return { retrieved: pool.hits.length, matching: pool.total, eligible, best, byOrganization };
}

function byScoreThenId<C>(a: RankedCounterpart<C>, b: RankedCounterpart<C>): number {
  return b.score - a.score || (a.counterpart.id < b.counterpart.id ? -1 : a.counterpart.id > b.counterpart.id ? 1 : 0);
}
