import { allIndexedAggregates, type SearchIndexingDeps } from '../searchIndexing';

/** How long a write may stay unindexed before the sweeper assumes its job was lost. */
export const indexingGraceMs = 30_000;
const batchSize = 500;

/**
 * Re-enqueues what a crash left behind: entities whose indexed version lags (a write whose job
 * was never enqueued) and removals recorded but not done. Job ids make duplicates harmless.
 */
export class SweepSearchIndex {
  constructor(private readonly deps: SearchIndexingDeps) {}

  async execute(): Promise<{ reindexed: number; removed: number }> {
    const now = this.deps.clock.now();
    const olderThan = new Date(now.getTime() - indexingGraceMs);
    const sweep = String(now.getTime());
    let reindexed = 0;
    for (const aggregate of allIndexedAggregates(this.deps)) {
      const pending = await aggregate.repository.listIndexPending(olderThan, batchSize);
      for (const { id, version } of pending) await this.deps.indexing.enqueue(aggregate.entity, id, version, { sweep });
      reindexed += pending.length;
    }
    const removals = await this.deps.indexRemovals.listPending(olderThan, batchSize);
    for (const { entity, id } of removals) await this.deps.indexing.enqueue(entity, id, 0, { sweep });
    return { reindexed, removed: removals.length };
  }
}
