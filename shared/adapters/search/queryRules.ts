import { isFilterable, type IndexDefinition, type SearchQuery } from '../../ports/SearchEngine';

/**
 * What Meilisearch refuses, refused by both adapters alike with the same words: sorting by a field
 * not declared sortable, counting facets of a field that is not filterable, or filtering on one
 * (filters: meilisearchFilter.ts and oramaQuery.ts). The embedded engine would otherwise accept
 * them silently, and a mistake would show only in production.
 */
export function checkQuery(definition: IndexDefinition, query: SearchQuery): void {
  for (const { field } of query.sort ?? []) {
    if (!definition.sortable.includes(field)) {
      throw new Error(
        `field ${field} of index ${definition.name} is not sortable (sortable: ${definition.sortable.join(', ') || 'none'})`,
      );
    }
  }
  for (const facet of query.facets ?? []) {
    const type = definition.fields[facet];
    if (!type || !isFilterable(type)) {
      throw new Error(`field ${facet} of index ${definition.name} is not filterable, so it has no facets`);
    }
  }
}

/** How many hits a query may return, given the index's cap on the documents a query can reach. */
export function reachableLimit(definition: IndexDefinition, query: SearchQuery): number {
  return Math.max(0, Math.min(query.limit, definition.maxTotalHits - (query.offset ?? 0)));
}
