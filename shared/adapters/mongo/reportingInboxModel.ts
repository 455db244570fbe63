import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent } from '../../ports/DomainEvents';

/** A copy of an event waiting to be counted by reporting (ReportingInbox), removed once counted. */
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

export function reportingInboxModel(connection: Connection): Model<InboxDocument> {
  return (
    (connection.models.ReportingInbox as Model<InboxDocument> | undefined) ??
    connection.model<InboxDocument>('ReportingInbox', inboxSchema, 'reportingInbox')
  );
}
