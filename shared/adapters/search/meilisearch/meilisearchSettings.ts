import type { Settings } from 'meilisearch';
import { isFilterable, type IndexDefinition } from '../../../ports/SearchEngine';
import { meiliGeoField } from './meilisearchFilter';

/** The settings an index definition asks of Meilisearch: what ensureIndex applies and check() expects. */
export function meilisearchSettings(definition: IndexDefinition) {
  return {
    searchableAttributes: definition.searchable,
    filterableAttributes: Object.entries(definition.fields)
      .filter(([, type]) => isFilterable(type))
      .map(([field, type]) => (type === 'geo' ? meiliGeoField : field)),
    sortableAttributes: definition.sortable,
    pagination: { maxTotalHits: definition.maxTotalHits },
    faceting: { maxValuesPerFacet: definition.maxValuesPerFacet },
  };
}

/** What differs between the server's settings and the definition's, by setting name; empty when none. */
export function settingsDrift(definition: IndexDefinition, current: Settings): string[] {
  const wanted = meilisearchSettings(definition);
  const asSet = (values: unknown) => JSON.stringify([...((values as string[] | null) ?? [])].map(String).sort());
  const drift: string[] = [];
  // Order matters for searchable attributes (most important first), not for the other two lists.
  if (JSON.stringify(current.searchableAttributes) !== JSON.stringify(wanted.searchableAttributes)) {
    drift.push('searchableAttributes');
  }
  if (asSet(current.filterableAttributes) !== asSet(wanted.filterableAttributes)) drift.push('filterableAttributes');
  if (asSet(current.sortableAttributes) !== asSet(wanted.sortableAttributes)) drift.push('sortableAttributes');
  if (current.pagination?.maxTotalHits !== wanted.pagination.maxTotalHits) drift.push('pagination.maxTotalHits');
  if (current.faceting?.maxValuesPerFacet !== wanted.faceting.maxValuesPerFacet) {
    drift.push('faceting.maxValuesPerFacet');
  }
  return drift;
}
