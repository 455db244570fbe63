import { count, create, removeMultiple, search, upsertMultiple, type AnyOrama } from '@orama/orama';
import type {
  FieldType,
  GeoPoint,
  IndexDefinition,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '../../../ports/SearchEngine';
import { emptyResult, matchesNothing } from '../matchesNothing';
import { typoBudget } from '../typoBudget';
import { toOramaCondition } from './oramaQuery';

const oramaTypes: Record<FieldType, string> = {
  text: 'string',
  keyword: 'enum',
  'keyword[]': 'enum[]',
  number: 'number',
  boolean: 'boolean',
  geo: 'geopoint',
};

interface LoadedIndex {
  definition: IndexDefinition;
  db: AnyOrama;
}

/**
 * The default engine, in this process, built on Orama. It holds its indexes in memory: each
 * process that searches builds them at start from the database (see the indexing worker).
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly indexes = new Map<string, LoadedIndex>();

  check(): Promise<void> {
    for (const { db } of this.indexes.values()) count(db);
    return Promise.resolve();
  }

  ensureIndex(definition: IndexDefinition): Promise<void> {
    const existing = this.indexes.get(definition.name);
    if (existing && JSON.stringify(existing.definition) === JSON.stringify(definition)) return Promise.resolve();
    const schema = Object.fromEntries([
      ['id', 'string'],
      ...Object.entries(definition.fields).map(([field, type]) => [field, oramaTypes[type]]),
    ]) as Record<string, 'string'>;
    // A changed definition starts an empty index: the caller re-indexes, as Meilisearch would need too.
    this.indexes.set(definition.name, { definition, db: create({ schema }) });
    return Promise.resolve();
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const { definition, db } = this.index(index);
    if (documents.length === 0) return;
    await upsertMultiple(db, documents.map((document) => toOramaDocument(definition, document)) as never[]);
  }

  async delete(index: string, ids: string[]): Promise<void> {
    const { db } = this.index(index);
    if (ids.length === 0) return;
    await removeMultiple(db, ids);
  }

  async search<D extends SearchDocument = SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<D>> {
    const { definition, db } = this.index(index);
    const conditions = query.where ?? [];
    if (matchesNothing(conditions)) return emptyResult(query);

    const where = conditions
      .map((condition) => toOramaCondition(definition, condition))
      .filter((clause) => clause !== null);
    const text = query.text?.trim() ?? '';
    const sort = query.sort ?? [];
    const result = await search(db, {
      term: text,
      properties: definition.searchable,
      tolerance: typoBudget(text),
      // Every word must match, as Meilisearch's matchingStrategy "all".
      threshold: 0,
      limit: query.limit,
      offset: query.offset ?? 0,
      ...(where.length > 0 ? { where: { and: where } } : {}),
      ...(text === '' && sort.length > 0
        ? {
            sortBy: (a: [unknown, number, Record<string, unknown>], b: [unknown, number, Record<string, unknown>]) => {
              for (const { field, order } of sort) {
                const difference = Number(a[2][field] ?? 0) - Number(b[2][field] ?? 0);
                if (difference !== 0) return order === 'asc' ? difference : -difference;
              }
              return 0;
            },
          }
        : {}),
      ...(query.facets && query.facets.length > 0
        ? { facets: Object.fromEntries(query.facets.map((facet) => [facet, { limit: 1_000 }])) }
        : {}),
    } as never);

    const best = Math.max(...result.hits.map((hit) => hit.score), 0);
    return {
      total: result.count,
      hits: result.hits.map((hit) => ({
        document: fromOramaDocument(definition, hit.document as Record<string, unknown>) as D,
        score: text === '' || best === 0 ? 1 : hit.score / best,
      })),
      facets: Object.fromEntries((query.facets ?? []).map((facet) => [facet, result.facets?.[facet]?.values ?? {}])),
    };
  }

  close(): Promise<void> {
    this.indexes.clear();
    return Promise.resolve();
  }

  private index(name: string): LoadedIndex {
    const loaded = this.indexes.get(name);
    if (!loaded) throw new Error(`search index ${name} was not ensured`);
    return loaded;
  }
}

function toOramaDocument(definition: IndexDefinition, document: SearchDocument): Record<string, unknown> {
  const converted: Record<string, unknown> = { id: document.id };
  for (const [field, type] of Object.entries(definition.fields)) {
    const value = document[field];
    if (value === null || value === undefined) continue;
    converted[field] = type === 'geo' ? { lat: (value as GeoPoint).lat, lon: (value as GeoPoint).lng } : value;
  }
  return converted;
}

function fromOramaDocument(definition: IndexDefinition, stored: Record<string, unknown>): SearchDocument {
  const document: Record<string, unknown> = { id: stored.id };
  for (const [field, type] of Object.entries(definition.fields)) {
    const value = stored[field];
    if (value === undefined) continue;
    const point = value as { lat: number; lon: number };
    document[field] = type === 'geo' ? { lat: point.lat, lng: point.lon } : value;
  }
  return document as SearchDocument;
}
