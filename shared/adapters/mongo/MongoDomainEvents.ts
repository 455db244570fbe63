import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent, DomainEvents } from '../../ports/DomainEvents';
import type { DomainEventSource } from '../../ports/NotificationStores';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { reportingInboxModel, type InboxDocument } from './reportingInboxModel';

interface DomainEventDocument extends Omit<DomainEvent, 'id'> {
  _id: string;
  /** Set by the consumer (notifications) once it has taken the event. */
  handledAt: Date | null;
}

const domainEventSchema = new Schema<DomainEventDocument>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    data: { type: Schema.Types.Mixed, required: true },
    handledAt: { type: Date, default: null },
  },
  { versionKey: false, minimize: false },
);
// The consumer reads what it has not handled yet, oldest first.
domainEventSchema.index({ handledAt: 1, at: 1 });

export function domainEventModel(connection: Connection): Model<DomainEventDocument> {
  return (
    (connection.models.DomainEvent as Model<DomainEventDocument> | undefined) ??
    connection.model<DomainEventDocument>('DomainEvent', domainEventSchema, 'domainEvents')
  );
}

async function ignoreDuplicate(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/**
 * An outbox in the database: events outlive Redis and worker restarts until a consumer takes them.
 * An event published for the first time also waits in reporting's inbox (MongoReportingInbox).
 */
export class MongoDomainEvents implements DomainEvents, DomainEventSource {
  private readonly events: Model<DomainEventDocument>;
  private readonly inbox: Model<InboxDocument>;

  constructor(connection: Connection) {
    this.events = domainEventModel(connection);
    this.inbox = reportingInboxModel(connection);
  }

  async ensureIndexes(): Promise<void> {
    await this.events.createIndexes();
  }

  /**
   * Idempotent: an event already in the log is left (jobs publish again what a retried run
   * published). A new one enters reporting's inbox first, then the log: a publication that stopped
   * between the two and is retried finds it missing from the log and completes it, its inbox copy
   * already there; an event already counted is never queued again, since it is in the log.
   */
  async publish(events: DomainEvent[]): Promise<void> {
    for (const { id, ...event } of events) {
      if (await this.events.exists({ _id: id })) continue;
      await ignoreDuplicate(this.inbox.create({ ...event, _id: id }));
      await ignoreDuplicate(this.events.create({ ...event, _id: id, handledAt: null }));
    }
  }

  async find(eventId: string): Promise<DomainEvent | null> {
    const document = await this.events.findById(eventId).lean<DomainEventDocument>();
    if (!document) return null;
    const { _id, handledAt: _handled, ...event } = document;
    return { ...event, id: _id };
  }

  async markHandled(eventIds: string[], at: Date): Promise<void> {
    // One update by id each: FerretDB 1.x answers those from its index; it stalled on a bulkWrite
    // of a few hundred updates, and an updateMany on `_id: { $in }` scans the collection (20,000
    // events: 152 deliveries/s against 162/s one by one, notifications benchmark).
    for (const id of eventIds) await this.events.updateOne({ _id: id }, { $set: { handledAt: at } });
  }

  /** The events not handled yet, oldest first. */
  async unhandled(limit: number): Promise<DomainEvent[]> {
    const documents = await this.events
      .find({ handledAt: null })
      .sort({ at: 1 })
      .limit(limit)
      .lean<DomainEventDocument[]>();
    return documents.map(({ _id, handledAt: _handled, ...event }) => ({ ...event, id: _id }));
  }
}
