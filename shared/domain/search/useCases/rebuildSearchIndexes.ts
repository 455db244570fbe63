import {
  allIndexedAggregates,
  indexedAggregates,
  type IndexedAggregate,
  type SearchIndexingDeps,
} from '../searchIndexing';

const pageSize = 500;

/**
 * Fills the offers and candidates indexes from the database, in pages. The embedded engine lives
 * in memory, so the process that holds it runs this at start; for Meilisearch it is a recovery tool.
 * Pending marks are left to the indexing jobs and the sweeper: one write per entity would make a
 * start with 100k profiles slow, and syncing an entity twice is harmless.
 */
export class RebuildSearchIndexes {
  constructor(private readonly deps: Pick<SearchIndexingDeps, 'offers' | 'candidates' | 'searchEngine'>) {}

  async execute(): Promise<{ offers: number; candidates: number }> {
    const aggregates = indexedAggregates(this.deps);
    await this.ensureIndexes();
    return {
      offers: await this.rebuild(aggregates.offer),
      candidates: await this.rebuild(aggregates.candidate),
    };
  }

  async ensureIndexes(): Promise<void> {
    for (const aggregate of allIndexedAggregates(this.deps)) {
      await this.deps.searchEngine.ensureIndex(aggregate.index);
    }
  }

  private async rebuild<T extends { id: string; version: number }>(aggregate: IndexedAggregate<T>): Promise<number> {
    let indexed = 0;
    await aggregate.repository.forEachBatch(pageSize, async (entities) => {
      const documents = entities.map((entity) => aggregate.toDocument(entity)).filter((document) => document !== null);
      if (documents.length > 0) await this.deps.searchEngine.upsert(aggregate.index.name, documents);
      indexed += documents.length;
    });
    return indexed;
  }
}
