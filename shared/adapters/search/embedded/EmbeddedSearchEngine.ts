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
import { checkQuery, reachableLimit } from '../queryRules';
import { typoBudget } from '../typoBudget';
import { frenchTokenizer, tokenizeFrench } from './frenchTokenizer';
import { toOramaCondition } from './oramaQuery';

/** Stored fields stay out of Orama's schema: Orama keeps the whole document and returns it. */
const oramaTypes: Record<FieldType, string | null> = {
  text: 'string',
  keyword: 'enum',
  'keyword[]': 'enum[]',
  number: 'number',
  boolean: 'boolean',
  geo: 'geopoint',
  stored: null,
};

interface LoadedIndex {
  definition: IndexDefinition;
  db: AnyOrama;
}

interface OramaHit {
  id: string;
  score: number;
  document: unknown;
}

/**
 * The default engine, in this process, built on Orama. It holds its indexes in memory: each
 * process that searches builds them at start. It refuses what Meilisearch refuses (queryRules.ts)
 * and caps the hits a query reaches as Meilisearch does, so that the contract suite run here
 * catches what production would refuse.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly indexes = new Map<string, LoadedIndex>();

  /** `definitions`: the indexes of the code, which check() expects to find. */
  constructor(private readonly definitions: readonly IndexDefinition[] = []) {}

  check(): Promise<void> {
    for (const definition of this.definitions) {
      const loaded = this.indexes.get(definition.name);
      if (!loaded) return Promise.reject(new Error(`search index ${definition.name} is missing`));
      if (JSON.stringify(loaded.definition) !== JSON.stringify(definition)) {
        return Promise.reject(new Error(`search index ${definition.name} has other settings than the code's`));
      }
    }
    for (const { db } of this.indexes.values()) count(db);
    return Promise.resolve();
  }

  ensureIndex(definition: IndexDefinition): Promise<void> {
    const existing = this.indexes.get(definition.name);
    if (existing && JSON.stringify(existing.definition) === JSON.stringify(definition)) return Promise.resolve();
    const schema = Object.fromEntries([
      ['id', 'string'],
      ...Object.entries(definition.fields).flatMap(([field, type]) => {
        const oramaType = oramaTypes[type];
        return oramaType ? [[field, oramaType]] : [];
      }),
    ]) as Record<string, 'string'>;
    // A changed definition starts an empty index: the caller re-indexes, as Meilisearch would need too.
    const db = create({ schema, components: { tokenizer: frenchTokenizer() } });
    this.indexes.set(definition.name, { definition, db });
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
    checkQuery(definition, query);
    if (matchesNothing(query)) return emptyResult(query);

    const where = (query.where ?? [])
      .map((condition) => toOramaCondition(definition, condition))
      .filter((clause) => clause !== null);
    // One-letter words ("aide à domicile") carry no meaning here, and Orama cannot match them.
    const text = tokenizeFrench(query.text ?? '')
      .filter((word) => word.length > 1)
      .join(' ');
    const sort = query.sort ?? [];
    const offset = query.offset ?? 0;
    const limit = reachableLimit(definition, query);
    const run = (tolerance: number) =>
      search(db, {
        // Without words, no term at all: an empty term still walks every document's text (300 ms at 20k).
        ...(text === ''
          ? {}
          : {
              term: text,
              properties: definition.searchable,
              tolerance,
              // Every word must match, as Meilisearch's matchingStrategy "all".
              threshold: 0,
            }),
        // At least one, for the count: Orama reads 0 as its default page size.
        limit: Math.max(offset + limit, 1),
        offset: 0,
        ...(where.length > 0 ? { where: { and: where } } : {}),
        ...(text === '' && sort.length > 0 ? { sortBy: bySortKeys(sort) } : {}),
        ...(query.facets && query.facets.length > 0
          ? {
              facets: Object.fromEntries(query.facets.map((facet) => [facet, { limit: definition.maxValuesPerFacet }])),
            }
          : {}),
      } as never);

    // As Meilisearch's "typo" ranking rule: exact matches first, then those that needed typos.
    const budget = typoBudget(text);
    const exact = await run(0);
    const tolerant = budget > 0 ? await run(budget) : exact;
    const exactIds = new Set(exact.hits.map((hit) => hit.id));
    const ranked = [
      ...rescale(exact.hits, text === '' ? null : [0.5, 1]),
      ...rescale(
        tolerant.hits.filter((hit) => !exactIds.has(hit.id)),
        [0, 0.5],
      ),
    ].slice(offset, offset + limit);

    return {
      total: tolerant.count,
      hits: ranked.map((hit) => ({
        document: fromOramaDocument(definition, hit.document as Record<string, unknown>) as D,
        score: hit.score,
      })),
      facets: Object.fromEntries(
        (query.facets ?? []).map((facet) => [
          facet,
          firstValues(tolerant.facets?.[facet]?.values ?? {}, definition.maxValuesPerFacet),
        ]),
      ),
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

/** As Meilisearch does by default: the first values in alphabetical order, up to the index's cap. */
function firstValues(counts: Record<string, number>, max: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, max),
  );
}

/** Maps raw scores into a band of [0, 1], best first; without text every hit scores 1. */
function rescale(hits: OramaHit[], band: [number, number] | null): OramaHit[] {
  if (!band) return hits.map((hit) => ({ ...hit, score: 1 }));
  const best = Math.max(...hits.map((hit) => hit.score), 0);
  const [low, high] = band;
  return hits.map((hit) => ({ ...hit, score: best === 0 ? high : low + ((high - low) * hit.score) / best }));
}

function bySortKeys(sort: { field: string; order: 'asc' | 'desc' }[]) {
  return (a: [unknown, number, Record<string, unknown>], b: [unknown, number, Record<string, unknown>]) => {
    for (const { field, order } of sort) {
      const difference = Number(a[2][field] ?? 0) - Number(b[2][field] ?? 0);
      if (difference !== 0) return order === 'asc' ? difference : -difference;
    }
    return 0;
  };
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
