import type { IndexedEntity } from '../../../ports/IndexingQueue';
import { indexedAggregates, type IndexedAggregate, type SearchIndexingDeps } from '../searchIndexing';

export type SyncOutcome = 'indexed' | 'left_out' | 'removed';

/**
 * Brings the search document of one entity in line with the database, whatever the job's
 * version: the current state is what gets indexed, so running a job twice, late or out of order
 * is harmless.
 */
export class SyncSearchDocument {
  constructor(private readonly deps: SearchIndexingDeps) {}

  async execute(input: { entity: IndexedEntity; id: string }): Promise<SyncOutcome> {
    const aggregates = indexedAggregates(this.deps);
    return input.entity === 'offer' ? this.sync(aggregates.offer, input.id) : this.sync(aggregates.candidate, input.id);
  }

  private async sync<T extends { id: string; version: number }>(
    aggregate: IndexedAggregate<T>,
    id: string,
  ): Promise<SyncOutcome> {
    const { searchEngine, indexRemovals, indexLedger, matching, clock } = this.deps;
    const current = await aggregate.repository.findById(id);
    // Matching is asked before the acknowledgement: if Redis fails here, the job is retried (or the
    // sweeper finds the version unacknowledged), so no write goes without its suggestions.
    const requestMatching = (version: number) =>
      matching.enqueue({ entity: aggregate.entity, id, version, reason: 'write' });
    if (!current) {
      await searchEngine.delete(aggregate.index.name, [id]);
      await requestMatching(0);
      await indexRemovals.clear(aggregate.entity, id);
      return 'removed';
    }
    const document = aggregate.toDocument(current);
    if (document) await searchEngine.upsert(aggregate.index.name, [document]);
    else await searchEngine.delete(aggregate.index.name, [id]);
    await requestMatching(current.version);
    await indexLedger.acknowledge(aggregate.entity, id, current.version, clock.now());
    return document ? 'indexed' : 'left_out';
  }
}
