import { versionKey } from '../../../ports/IndexLedger';
import {
  allIndexedAggregates,
  indexedAggregates,
  type IndexedAggregate,
  type SearchIndexingDeps,
} from '../searchIndexing';

/** How long a write may stay unindexed before the sweeper assumes its job was lost. */
export const indexingGraceMs = 30_000;
/** Acknowledgements are kept this long behind the watermarks, for the writes checked again. */
const acknowledgementRetentionMs = 24 * 3600 * 1000;
const batchSize = 5_000;

/**
 * Re-enqueues what a crash left behind: writes of the last period whose version the index never
 * acknowledged (the job was never enqueued, or was lost), and removals recorded but not done. The
 * watermark of each kind of entity advances only past writes that are acknowledged, so a write
 * whose job fails again is checked again at the next sweep. Job ids make duplicates harmless.
 */
export class SweepSearchIndex {
  constructor(private readonly deps: SearchIndexingDeps) {}

  async execute(): Promise<{ reindexed: number; removed: number }> {
    const now = this.deps.clock.now();
    const until = new Date(now.getTime() - indexingGraceMs);
    const sweep = String(now.getTime());
    let reindexed = 0;
    let oldestWatermark = until;
    for (const aggregate of allIndexedAggregates(this.deps)) {
      const { enqueued, watermark } = await this.sweep(aggregate, until, sweep);
      reindexed += enqueued;
      if (watermark < oldestWatermark) oldestWatermark = watermark;
    }
    await this.deps.indexLedger.forgetBefore(new Date(oldestWatermark.getTime() - acknowledgementRetentionMs));

    const removals = await this.deps.indexRemovals.listPending(until, batchSize);
    const aggregates = indexedAggregates(this.deps);
    for (const { entity, id } of removals) {
      const stillThere = await aggregates[entity].repository.findById(id);
      // An erasure interrupted before the entity went: the person is still there, so is their
      // document. The adviser's next DELETE records the removal again.
      if (stillThere) await this.deps.indexRemovals.clear(entity, id);
      else await this.deps.indexing.enqueue(entity, id, 0, { sweep });
    }
    return { reindexed, removed: removals.length };
  }

  private async sweep<T extends { id: string; version: number }>(
    aggregate: IndexedAggregate<T>,
    until: Date,
    sweep: string,
  ): Promise<{ enqueued: number; watermark: Date }> {
    const { indexLedger, indexing } = this.deps;
    const since = (await indexLedger.watermark(aggregate.entity)) ?? new Date(0);
    const written = await aggregate.repository.listWrittenBetween(since, until, batchSize);
    const acknowledged = await indexLedger.acknowledged(aggregate.entity, written);
    const lagging = written.filter(({ id, version }) => !acknowledged.has(versionKey(id, version)));
    for (const { id, version } of lagging) await indexing.enqueue(aggregate.entity, id, version, { sweep });

    const last = written[written.length - 1];
    const watermark = lagging[0]?.updatedAt ?? (written.length === batchSize && last ? last.updatedAt : until);
    await indexLedger.setWatermark(aggregate.entity, watermark);
    return { enqueued: lagging.length, watermark };
  }
}
