import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent, DomainEvents } from '../../ports/DomainEvents';
import type { DomainEventSource } from '../../ports/NotificationStores';
import { eventConsumers, eventInboxModel, type EventConsumer, type InboxDocument } from './eventInboxModel';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { deleteEachByKey } from './writeByKey';

interface DomainEventDocument extends Omit<DomainEvent, 'id'> {
  _id: string;
}

const domainEventSchema = new Schema<DomainEventDocument>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);

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

const withId = ({ _id, ...event }: InboxDocument): DomainEvent => ({ ...event, id: _id });

/**
 * The events' log in the database (append-only, read by id) and, beside it, one small inbox per
 * consumer (eventInboxModel.ts): events outlive Redis and worker restarts until each consumer has
 * taken them, and no consumer looks for its work among every event ever published.
 */
export class MongoDomainEvents implements DomainEvents, DomainEventSource {
  private readonly events: Model<DomainEventDocument>;
  private readonly inboxes: { model: Model<InboxDocument>; takes: (type: DomainEvent['type']) => boolean }[];
  private readonly notificationInbox: Model<InboxDocument>;

  /** `interests`: the event types each consumer takes (all of them when not said). */
  constructor(connection: Connection, interests: Partial<Record<EventConsumer, readonly DomainEvent['type'][]>> = {}) {
    this.events = domainEventModel(connection);
    this.inboxes = eventConsumers.map((consumer) => ({
      model: eventInboxModel(connection, consumer),
      takes: (type) => interests[consumer]?.includes(type) ?? true,
    }));
    this.notificationInbox = eventInboxModel(connection, 'notifications');
  }

  async ensureIndexes(): Promise<void> {
    await this.events.createIndexes();
  }

  /**
   * Idempotent: an event already in the log is left (jobs publish again what a retried run
   * published). A new one enters the consumers' inboxes first, then the log: a publication that
   * stopped in between and is retried finds it missing from the log and completes it, its inbox
   * copies already there; an event already taken is never queued again, since it is in the log.
   */
  async publish(events: DomainEvent[]): Promise<void> {
    for (const { id, ...event } of events) {
      if (await this.events.exists({ _id: id })) continue;
      for (const inbox of this.inboxes) {
        if (inbox.takes(event.type)) await ignoreDuplicate(inbox.model.create({ ...event, _id: id }));
      }
      await ignoreDuplicate(this.events.create({ ...event, _id: id }));
    }
  }

  async find(eventId: string): Promise<DomainEvent | null> {
    const document = await this.events.findById(eventId).lean<DomainEventDocument>();
    return document ? withId(document) : null;
  }

  /** Taken out of the inbox by key (deleteEachByKey). */
  async markHandled(eventIds: string[]): Promise<void> {
    await deleteEachByKey(this.notificationInbox, eventIds);
  }

  /**
   * Events not handled yet: the inbox's first documents (the order it was filled in, on FerretDB
   * and as MongoDB usually returns them), oldest first within the batch.
   */
  async unhandled(limit: number): Promise<DomainEvent[]> {
    const documents = await this.notificationInbox.find({}).limit(limit).lean<InboxDocument[]>();
    return documents.map(withId).sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
