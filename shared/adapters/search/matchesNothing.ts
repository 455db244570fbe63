import type { Condition, SearchDocument, SearchQuery, SearchResult } from '../../ports/SearchEngine';

/** A query with an empty anyOf cannot match anything: both adapters answer it without the engine. */
export function matchesNothing(query: SearchQuery): boolean {
  const conditions: Condition[] = query.where ?? [];
  return conditions.some((condition) => 'anyOf' in condition && condition.anyOf.length === 0);
}

export function emptyResult<D extends SearchDocument>(query: SearchQuery): SearchResult<D> {
  return { hits: [], total: 0, facets: Object.fromEntries((query.facets ?? []).map((facet) => [facet, {}])) };
}
