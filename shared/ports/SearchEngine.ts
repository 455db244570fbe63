import type { GeoPoint } from '../domain/geography/geoPoint';
import type { HealthCheck } from './HealthCheck';

/**
 * The search engine behind search and matching. Two adapters implement it (embedded Orama,
 * Meilisearch) and tests/contract/ holds the one suite both must pass.
 */

/**
 * - text: full-text searched (typo-tolerant), never filtered
 * - keyword / keyword[]: exact values, filterable and faceted
 * - number, boolean: filterable; numbers sortable
 * - geo: one point per document ({ lat, lng }), at most one geo field per index
 * - stored: a string kept with the document and returned with it, neither searched nor filtered
 *   (what a caller needs from a hit without reading the database, e.g. matching's inputs)
 */
export type FieldType = 'text' | 'keyword' | 'keyword[]' | 'number' | 'boolean' | 'geo' | 'stored';

export interface IndexDefinition {
  name: string;
  /** Every field but `id`, the primary key (a string). */
  fields: Record<string, FieldType>;
  /** Text fields, most important first. */
  searchable: string[];
  /** Number fields that results may be sorted by; sorting by any other field is an error. */
  sortable: string[];
  /**
   * How many documents one query can reach at most (offset + limit beyond it return nothing), and
   * how many values a facet counts at most: Meilisearch's `pagination.maxTotalHits` and
   * `faceting.maxValuesPerFacet`, set from here, and enforced the same way by the embedded engine.
   */
  maxTotalHits: number;
  maxValuesPerFacet: number;
}

/** keyword, keyword[], number, boolean and geo fields can be filtered and faceted; text and stored ones cannot. */
export function isFilterable(type: FieldType): boolean {
  return type !== 'text' && type !== 'stored';
}

export type { GeoPoint };

export type SearchDocument = { id: string } & Record<string, string | string[] | number | boolean | GeoPoint | null>;

export type Condition =
  /** keyword: equal to; keyword[]: contains the value; number, boolean: equal to. */
  | { field: string; equals: string | number | boolean }
  /** keyword: one of the values; keyword[]: contains at least one of them. */
  | { field: string; anyOf: string[] }
  /** keyword[]: contains every value (an empty list matches every document). */
  | { field: string; allOf: string[] }
  | { field: string; atLeast?: number; atMost?: number }
  | { field: string; within: GeoPoint & { radiusMeters: number } };

export interface SearchQuery {
  text?: string;
  /** All conditions must hold. */
  where?: Condition[];
  /** Without text, results follow this order; with text, relevance comes first. */
  sort?: { field: string; order: 'asc' | 'desc' }[];
  facets?: string[];
  limit: number;
  offset?: number;
}

export interface SearchHit<D extends SearchDocument = SearchDocument> {
  document: D;
  /** Relevance in [0, 1], comparable within one result only. */
  score: number;
}

export interface SearchResult<D extends SearchDocument = SearchDocument> {
  hits: SearchHit<D>[];
  total: number;
  /** Per requested facet: value → number of matching documents. */
  facets: Record<string, Record<string, number>>;
}

/**
 * An adapter is built with every index definition of the code (shared/ports/searchIndexes), so
 * that any process can search and write any of them; `check()` fails while one is missing or its
 * settings differ from its definition.
 */
export interface SearchEngine extends HealthCheck {
  /** Creates the index or brings its settings up to date; idempotent. */
  ensureIndex(definition: IndexDefinition): Promise<void>;
  /** Inserts or replaces documents by id; resolves once they are searchable. */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. Resolves once they are gone from results. */
  delete(index: string, ids: string[]): Promise<void>;
  search<D extends SearchDocument = SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<D>>;
  close(): Promise<void>;
}
