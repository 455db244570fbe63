import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise } from 'meilisearch';
import type {
  IndexDefinition,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '../../../ports/SearchEngine';
import { emptyResult, matchesNothing } from '../matchesNothing';
import { checkQuery } from '../queryRules';
import { meiliGeoField, toMeiliFilter } from './meilisearchFilter';
import { meilisearchSettings, settingsDrift } from './meilisearchSettings';

/**
 * Meilisearch, for production. Every write is a task: it is awaited and its status checked, so
 * that a resolved upsert means the documents are searchable and a failed task is an error. The
 * engine knows every index of the code from its construction, so a process that never declared an
 * index (the API, for those the workers write) searches it all the same; names get the
 * configured prefix on the server.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly client: Meilisearch;
  private readonly definitions = new Map<string, IndexDefinition>();
  private readonly prefix: string;
  /** The code's definitions, which check() holds the server to. */
  private readonly expected: readonly IndexDefinition[];

  constructor(settings: {
    url: string;
    apiKey?: string;
    definitions?: readonly IndexDefinition[];
    indexPrefix?: string;
  }) {
    this.client = new Meilisearch({ host: settings.url, ...(settings.apiKey ? { apiKey: settings.apiKey } : {}) });
    this.prefix = settings.indexPrefix ?? '';
    this.expected = settings.definitions ?? [];
    for (const definition of this.expected) this.definitions.set(definition.name, definition);
  }

  /** Reachable, and every index of the code there with the code's settings. */
  async check(): Promise<void> {
    // health() resolves only when the server answers "available"; anything else rejects.
    await this.client.health();
    for (const definition of this.expected) {
      const drift = await this.drift(definition);
      if (drift === null) throw new Error(`search index ${definition.name} is missing`);
      if (drift.length > 0)
        throw new Error(`search index ${definition.name} differs from the code: ${drift.join(', ')}`);
    }
  }

  /** Creates the index when missing, then applies the settings only where they differ: a no-op when up to date. */
  async ensureIndex(definition: IndexDefinition): Promise<void> {
    const uid = this.uid(definition.name);
    let drift = await this.drift(definition);
    if (drift === null) {
      const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask(taskWait);
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
        throw new Error(`meilisearch: creating ${uid} failed: ${created.error?.message ?? created.status}`);
      }
      drift = ['all'];
    }
    if (drift.length > 0) {
      await succeeded(this.client.index(uid).updateSettings(meilisearchSettings(definition)), `settings of ${uid}`);
    }
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
    await succeeded(
      this.client.index(this.uid(index)).addDocuments(converted, { primaryKey: 'id' }),
      `upsert into ${this.uid(index)}`,
    );
  }

  async delete(index: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await succeeded(this.client.index(this.uid(index)).deleteDocuments(ids), `delete from ${this.uid(index)}`);
  }

  async search<D extends SearchDocument = SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<D>> {
    const definition = this.definition(index);
    checkQuery(definition, query);
    if (matchesNothing(query)) return emptyResult(query);
    const filter = (query.where ?? [])
      .map((condition) => toMeiliFilter(definition, condition))
      .filter((clause) => clause !== null);
    const text = query.text?.trim() ?? '';

    const response = await this.client.index(this.uid(index)).search(text === '' ? null : text, {
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
    if (!definition) throw new Error(`search index ${index} is not one of the code's`);
    return definition;
  }

  private uid(index: string): string {
    return `${this.prefix}${index}`;
  }

  /** null when the index does not exist; otherwise the settings that differ from the definition. */
  private async drift(definition: IndexDefinition): Promise<string[] | null> {
    try {
      return settingsDrift(definition, await this.client.index(this.uid(definition.name)).getSettings());
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
      throw error;
    }
  }
}

/**
 * Meilisearch runs its tasks one after another, for every index of the server: behind a bulk
 * import or another process's settings, a task may wait well past the client's default 5 s.
 */
const taskWait = { timeout: 60_000, interval: 50 };

function geoFieldOf(definition: IndexDefinition): string | undefined {
  return Object.entries(definition.fields).find(([, type]) => type === 'geo')?.[0];
}

async function succeeded(task: EnqueuedTaskPromise, what: string): Promise<void> {
  const done = await task.waitTask(taskWait);
  if (done.status !== 'succeeded') throw new Error(`meilisearch: ${what} ${done.status}: ${done.error?.message ?? ''}`);
}
