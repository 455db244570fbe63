import type { Connection, Model } from 'mongoose';
import type { DomainEvent } from '../../ports/DomainEvents';
import type { ReportingInbox } from '../../ports/ReportingCounters';
import { insertAllIfAbsent } from './insertAllIfAbsent';
import { deleteEachByKey } from './writeByKey';
import { domainEventModel } from './MongoDomainEvents';
import { eventInboxModel, type InboxDocument } from './eventInboxModel';

const refillBatch = 1_000;

/**
 * Reporting's queue of work (filled by MongoDomainEvents.publish). Reads take the first documents
 * with no filter and no order, which FerretDB answers without reading the rest; the deletion of a
 * batch reads the inbox, which holds only what waits (a few seconds of events).
 */
export class MongoReportingInbox implements ReportingInbox {
  private readonly inbox: Model<InboxDocument>;

  constructor(private readonly connection: Connection) {
    this.inbox = eventInboxModel(connection, 'reporting');
  }

  async pending(limit: number): Promise<DomainEvent[]> {
    const documents = await this.inbox.find({}).limit(limit).lean<InboxDocument[]>();
    return documents.map(({ _id, ...event }) => ({ ...event, id: _id }));
  }

  async done(eventIds: readonly string[]): Promise<void> {
    await deleteEachByKey(this.inbox, eventIds);
  }

  /** The whole log read once, in a cursor, copied in batches. */
  async refill(): Promise<number> {
    await this.inbox.deleteMany({});
    let copied = 0;
    let batch: InboxDocument[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      // A copy already there (an event published during the rebuild) is the same event.
      await insertAllIfAbsent(this.inbox, batch);
      copied += batch.length;
      batch = [];
    };
    const cursor = domainEventModel(this.connection)
      .find({}, { type: 1, at: 1, data: 1 })
      .lean<InboxDocument[]>()
      .cursor({ batchSize: refillBatch });
    for await (const document of cursor) {
      batch.push(document);
      if (batch.length >= refillBatch) await flush();
    }
    await flush();
    return copied;
  }
}
