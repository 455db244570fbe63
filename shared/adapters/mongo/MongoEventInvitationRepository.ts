import { Schema, type Connection, type Model } from 'mongoose';
import {
  invitationStatuses,
  type EventInvitation,
  type InvitationStatus,
} from '../../domain/recruitmentEvents/eventInvitation';
import type { EventInvitationRepository } from '../../ports/EventInvitationRepository';
import { insertAllIfAbsent } from './insertAllIfAbsent';

type EventInvitationDocument = Omit<EventInvitation, 'id'> & { _id: string };

const eventInvitationSchema = new Schema<EventInvitationDocument>(
  {
    _id: { type: String, required: true },
    eventId: { type: String, required: true },
    candidateId: { type: String, required: true },
    guestName: { type: String, default: null },
    organizationId: { type: String, required: true },
    invitedBy: { type: String, required: true },
    invitedAt: { type: Date, required: true },
    channel: { type: String, enum: ['sms', 'email', 'none', 'walk_in'], required: true },
    status: { type: String, enum: invitationStatuses, required: true },
    offerIds: { type: [String], default: [] },
    answeredAt: { type: Date, default: null },
    waitlistedAt: { type: Date, default: null },
    checkedInAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'eventInvitations', versionKey: false },
);
eventInvitationSchema.index({ eventId: 1 });
eventInvitationSchema.index({ candidateId: 1 });

function toInvitation(doc: EventInvitationDocument): EventInvitation {
  const { _id, ...rest } = doc;
  return {
    ...rest,
    id: _id,
    offerIds: [...rest.offerIds],
    guestName: rest.guestName ?? null,
    answeredAt: rest.answeredAt ?? null,
    waitlistedAt: rest.waitlistedAt ?? null,
    checkedInAt: rest.checkedInAt ?? null,
  };
}

const toDocument = ({ id, ...rest }: EventInvitation): EventInvitationDocument => ({ _id: id, ...rest });

export class MongoEventInvitationRepository implements EventInvitationRepository {
  private readonly model: Model<EventInvitationDocument>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.EventInvitation as Model<EventInvitationDocument> | undefined) ??
      connection.model<EventInvitationDocument>('EventInvitation', eventInvitationSchema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async createAllIfAbsent(invitations: readonly EventInvitation[]): Promise<EventInvitation[]> {
    if (invitations.length === 0) return [];
    const existing = new Set(
      (
        await this.model
          .find({ _id: { $in: invitations.map((item) => item.id) } }, { _id: 1 })
          .lean<{ _id: string }[]>()
      ).map((doc) => doc._id),
    );
    const fresh = invitations.filter((item) => !existing.has(item.id));
    await insertAllIfAbsent(this.model, fresh.map(toDocument));
    return fresh;
  }

  async findById(id: string): Promise<EventInvitation | null> {
    const doc = await this.model.findById(id).lean<EventInvitationDocument>();
    return doc ? toInvitation(doc) : null;
  }

  async listForEvent(eventId: string): Promise<EventInvitation[]> {
    return this.listForEvents([eventId]);
  }

  async listForEvents(eventIds: readonly string[]): Promise<EventInvitation[]> {
    if (eventIds.length === 0) return [];
    const docs = await this.model
      .find({ eventId: { $in: [...eventIds] } })
      .sort({ _id: 1 })
      .lean<EventInvitationDocument[]>();
    return docs.map(toInvitation);
  }

  async saveIfStatus(invitation: EventInvitation, expected: InvitationStatus): Promise<boolean> {
    const { _id, ...fields } = toDocument(invitation);
    const result = await this.model.updateOne({ _id, status: expected }, { $set: fields });
    return result.matchedCount === 1;
  }

  /** With the places the person held (MongoEventSeats' records), so that they go back to the event. */
  async deleteForCandidate(candidateId: string): Promise<void> {
    const ids = (await this.model.find({ candidateId }, { _id: 1 }).lean<{ _id: string }[]>()).map((doc) => doc._id);
    if (ids.length > 0) {
      const seats = this.model.db.collection<{ _id: string }>('eventSeats');
      await seats.deleteMany({ invitationId: { $in: ids } });
      await seats.deleteMany({ _id: { $in: ids.map((id) => `holder:${id}`) } });
    }
    await this.model.deleteMany({ candidateId });
  }
}
