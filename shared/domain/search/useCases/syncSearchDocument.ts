import type { IndexedEntity } from '../../../ports/IndexingQueue';
import type { SearchDocument } from '../../../ports/SearchEngine';
import { indexedAggregates, type IndexedAggregate, type SearchIndexingDeps } from '../searchIndexing';

export type SyncOutcome = 'indexed' | 'left_out' | 'removed';

export interface SyncRequest {
  entity: IndexedEntity;
  id: string;
}

/**
 * Brings the search documents of entities in line with the database, whatever the jobs'
 * versions: the current state is what gets indexed, so running a job twice, late or out of order
 * is harmless. A batch (the indexing worker gathers the jobs it runs at once) reads its entities by
 * key together, writes the engine once per index and the ledger once: what cost a round trip per
 * document costs one per batch.
 */
export class SyncSearchDocument {
  constructor(private readonly deps: SearchIndexingDeps) {}

  async execute(input: SyncRequest): Promise<SyncOutcome> {
    const [outcome] = await this.executeAll([input]);
    return outcome!;
  }

  /** The outcome of each request, in their order. */
  async executeAll(inputs: readonly SyncRequest[]): Promise<SyncOutcome[]> {
    const aggregates = indexedAggregates(this.deps);
    const outcomes = new Map<string, SyncOutcome>();
    const ofEntity = (entity: IndexedEntity) => [
      ...new Set(inputs.filter((i) => i.entity === entity).map((i) => i.id)),
    ];
    for (const [id, outcome] of await this.sync(aggregates.offer, ofEntity('offer'))) {
      outcomes.set(`offer:${id}`, outcome);
    }
    for (const [id, outcome] of await this.sync(aggregates.candidate, ofEntity('candidate'))) {
      outcomes.set(`candidate:${id}`, outcome);
    }
    return inputs.map((input) => outcomes.get(`${input.entity}:${input.id}`)!);
  }

  private async sync<T extends { id: string; version: number }>(
    aggregate: IndexedAggregate<T>,
    ids: readonly string[],
  ): Promise<Map<string, SyncOutcome>> {
    const outcomes = new Map<string, SyncOutcome>();
    if (ids.length === 0) return outcomes;
    const { searchEngine, indexRemovals, indexLedger, matching, clock } = this.deps;
    const currents = await Promise.all(ids.map((id) => aggregate.repository.findById(id)));
    const upserts: SearchDocument[] = [];
    const deletions: string[] = [];
    const versions: { id: string; version: number }[] = [];
    ids.forEach((id, index) => {
      const current = currents[index];
      const document = current ? aggregate.toDocument(current) : null;
      if (document) upserts.push(document);
      else deletions.push(id);
      if (current) versions.push({ id, version: current.version });
      outcomes.set(id, !current ? 'removed' : document ? 'indexed' : 'left_out');
    });
    if (upserts.length > 0) await searchEngine.upsert(aggregate.index.name, upserts);
    if (deletions.length > 0) await searchEngine.delete(aggregate.index.name, deletions);
    // Matching is asked before the acknowledgement: if Redis fails here, the jobs are retried (or
    // the sweeper finds the versions unacknowledged), so no write goes without its suggestions.
    await Promise.all(
      ids.map((id, index) =>
        matching.enqueue({ entity: aggregate.entity, id, version: currents[index]?.version ?? 0, reason: 'write' }),
      ),
    );
    const removed = ids.filter((_id, index) => !currents[index]);
    for (const id of removed) await indexRemovals.clear(aggregate.entity, id);
    await indexLedger.acknowledgeAll(aggregate.entity, versions, clock.now());
    return outcomes;
  }
}
