import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent } from '../../ports/DomainEvents';

/**
 * A copy of an event waiting for one consumer (the notifications' dispatcher, reporting's
 * projection), removed once that consumer has taken it: each consumer reads its small queue of
 * work by its first documents, never the whole log.
 */
export interface InboxDocument extends Omit<DomainEvent, 'id'> {
  _id: string;
}

const inboxSchema = new Schema<InboxDocument>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);

const collections = { notifications: 'notificationInbox', reporting: 'reportingInbox' } as const;
export type EventConsumer = keyof typeof collections;
export const eventConsumers = Object.keys(collections) as EventConsumer[];

export function eventInboxModel(connection: Connection, consumer: EventConsumer): Model<InboxDocument> {
  const name = `${consumer}Inbox`;
  return (
    (connection.models[name] as Model<InboxDocument> | undefined) ??
    connection.model<InboxDocument>(name, inboxSchema, collections[consumer])
  );
}
