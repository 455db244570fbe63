import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent, DomainEvents } from '../../ports/DomainEvents';
import type { DomainEventSource } from '../../ports/NotificationStores';
import type { ReportingEventSource } from '../../ports/ReportingCounters';
import { isDuplicateKeyError } from './isDuplicateKeyError';

interface DomainEventDocument extends Omit<DomainEvent, 'id'> {
  _id: string;
  /** Set by the consumer (notifications) once it has taken the event. */
  handledAt: Date | null;
  /** Set by the reporting projection once it has counted the event (absent on older events: not yet). */
  projectedAt?: Date | null;
}

const domainEventSchema = new Schema<DomainEventDocument>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    data: { type: Schema.Types.Mixed, required: true },
    handledAt: { type: Date, default: null },
    projectedAt: { type: Date, default: null },
  },
  { versionKey: false, minimize: false },
);
// The consumer reads what it has not handled yet, oldest first.
domainEventSchema.index({ handledAt: 1, at: 1 });
domainEventSchema.index({ projectedAt: 1, at: 1 });

/** An outbox in the database: events outlive Redis and worker restarts until a consumer takes them. */
export class MongoDomainEvents implements DomainEvents, DomainEventSource, ReportingEventSource {
  private readonly events: Model<DomainEventDocument>;

  constructor(connection: Connection) {
    this.events = connection.model<DomainEventDocument>('DomainEvent', domainEventSchema, 'domainEvents');
  }

  async ensureIndexes(): Promise<void> {
    await this.events.createIndexes();
  }

  async publish(events: DomainEvent[]): Promise<void> {
    for (const { id, ...event } of events) {
      try {
        await this.events.create({ ...event, _id: id, handledAt: null });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  async find(eventId: string): Promise<DomainEvent | null> {
    const document = await this.events.findById(eventId).lean<DomainEventDocument>();
    if (!document) return null;
    const { _id, handledAt: _handled, projectedAt: _projected, ...event } = document;
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
    return documents.map(({ _id, handledAt: _handled, projectedAt: _projected, ...event }) => ({ ...event, id: _id }));
  }

  /** Events not counted by reporting yet, oldest first (`null` matches the older events without the field). */
  async unprojected(limit: number): Promise<DomainEvent[]> {
    const documents = await this.events
      .find({ projectedAt: null })
      .sort({ at: 1, _id: 1 })
      .limit(limit)
      .lean<DomainEventDocument[]>();
    return documents.map(({ _id, handledAt: _handled, projectedAt: _projected, ...event }) => ({ ...event, id: _id }));
  }

  async markProjected(eventId: string, at: Date): Promise<void> {
    await this.events.updateOne({ _id: eventId }, { $set: { projectedAt: at } });
  }

  async resetProjection(): Promise<void> {
    await this.events.updateMany({ projectedAt: { $ne: null } }, { $set: { projectedAt: null } });
  }
}
