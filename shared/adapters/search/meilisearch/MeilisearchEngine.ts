import { Meilisearch, type EnqueuedTaskPromise } from 'meilisearch';
import type {
  IndexDefinition,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '../../../ports/SearchEngine';
import { emptyResult, matchesNothing } from '../matchesNothing';
import { meiliGeoField, toMeiliFilter } from './meilisearchFilter';

/**
 * Meilisearch, for production. Every write is a task: it is awaited and its status checked, so
 * that a resolved upsert means the documents are searchable and a failed task is an error.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly client: Meilisearch;
  private readonly definitions = new Map<string, IndexDefinition>();

  constructor(settings: { url: string; apiKey?: string }) {
    this.client = new Meilisearch({ host: settings.url, ...(settings.apiKey ? { apiKey: settings.apiKey } : {}) });
  }

  async check(): Promise<void> {
    // health() resolves only when the server answers "available"; anything else rejects.
    await this.client.health();
  }

  async ensureIndex(definition: IndexDefinition): Promise<void> {
    const created = await this.client.createIndex(definition.name, { primaryKey: 'id' }).waitTask();
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw new Error(`meilisearch: creating ${definition.name} failed: ${created.error?.message ?? created.status}`);
    }
    const fields = Object.entries(definition.fields);
    await succeeded(
      this.client.index(definition.name).updateSettings({
        searchableAttributes: definition.searchable,
        filterableAttributes: fields
          .filter(([, type]) => type !== 'text' && type !== 'stored')
          .map(([field, type]) => (type === 'geo' ? meiliGeoField : field)),
        sortableAttributes: definition.sortable,
        faceting: { maxValuesPerFacet: 1_000 },
      }),
      `settings of ${definition.name}`,
    );
    this.definitions.set(definition.name, definition);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const definition = this.definition(index);
    const geoField = geoFieldOf(definition);
    const converted = documents.map((document) => {
      if (!geoField) return document;
      const { [geoField]: point, ...rest } = document;
      return { ...rest, ...(point ? { [meiliGeoField]: point } : {}) };
    });
    await succeeded(this.client.index(index).addDocuments(converted, { primaryKey: 'id' }), `upsert into ${index}`);
  }

  async delete(index: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await succeeded(this.client.index(index).deleteDocuments(ids), `delete from ${index}`);
  }

  async search<D extends SearchDocument = SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<D>> {
    const definition = this.definition(index);
    if (matchesNothing(query)) return emptyResult(query);
    const filter = (query.where ?? [])
      .map((condition) => toMeiliFilter(definition, condition))
      .filter((clause) => clause !== null);
    const text = query.text?.trim() ?? '';

    const response = await this.client.index(index).search(text === '' ? null : text, {
      filter,
      limit: query.limit,
      offset: query.offset ?? 0,
      matchingStrategy: 'all',
      showRankingScore: true,
      ...(text === '' && query.sort && query.sort.length > 0
        ? { sort: query.sort.map(({ field, order }) => `${field}:${order}`) }
        : {}),
      ...(query.facets && query.facets.length > 0 ? { facets: query.facets } : {}),
    });

    const geoField = geoFieldOf(definition);
    const best = Math.max(...response.hits.map((hit) => hit._rankingScore ?? 0), 0);
    return {
      total: response.estimatedTotalHits ?? response.hits.length,
      hits: response.hits.map((hit) => {
        const { _rankingScore: rankingScore, [meiliGeoField]: point, ...rest } = hit as Record<string, unknown>;
        const document = (geoField && point ? { ...rest, [geoField]: point } : rest) as D;
        return { document, score: text === '' || best === 0 ? 1 : Number(rankingScore ?? 0) / best };
      }),
      facets: Object.fromEntries(
        (query.facets ?? []).map((facet) => [facet, response.facetDistribution?.[facet] ?? {}]),
      ),
    };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private definition(index: string): IndexDefinition {
    const definition = this.definitions.get(index);
    if (!definition) throw new Error(`search index ${index} was not ensured`);
    return definition;
  }
}

function geoFieldOf(definition: IndexDefinition): string | undefined {
  return Object.entries(definition.fields).find(([, type]) => type === 'geo')?.[0];
}

async function succeeded(task: EnqueuedTaskPromise, what: string): Promise<void> {
  const done = await task.waitTask();
  if (done.status !== 'succeeded') throw new Error(`meilisearch: ${what} ${done.status}: ${done.error?.message ?? ''}`);
}
