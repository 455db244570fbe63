import { Schema, Types, type Connection, type Model } from 'mongoose';
import {
  participationStatuses,
  recruitmentEventKinds,
  recruitmentEventStatuses,
  type RecruitmentEvent,
} from '../../domain/recruitmentEvents/recruitmentEvent';
import {
  recruitmentEventListLimit,
  type NewRecruitmentEvent,
  type RecruitmentEventFilter,
  type RecruitmentEventRepository,
} from '../../ports/RecruitmentEventRepository';
import { versionFields } from './placeSchema';

type RecruitmentEventDocument = Omit<RecruitmentEvent, 'id'> & { _id: string };

const participationSchema = new Schema(
  {
    organizationId: { type: String, required: true },
    organizationName: { type: String, required: true },
    offerIds: { type: [String], default: [] },
    status: { type: String, enum: participationStatuses, required: true },
    answeredAt: { type: Date, default: null },
  },
  { _id: false },
);

const recruitmentEventSchema = new Schema<RecruitmentEventDocument>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    organizerOrganizationId: { type: String, required: true },
    campaignId: { type: String, default: null },
    kind: { type: String, enum: recruitmentEventKinds, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    // One of two shapes (a commune and an address, or online): stored as written.
    place: { type: Schema.Types.Mixed, required: true },
    sectors: { type: [String], default: [] },
    capacity: { type: Number, required: true },
    registrationDeadline: { type: Date, required: true },
    status: { type: String, enum: recruitmentEventStatuses, required: true },
    participants: { type: [participationSchema], default: [] },
    createdBy: { type: String, required: true },
    revision: { type: Number, required: true },
    ...versionFields,
  },
  { collection: 'recruitmentEvents', versionKey: false, minimize: false },
);
recruitmentEventSchema.index({ territoryId: 1, startsAt: 1 });
recruitmentEventSchema.index({ 'participants.organizationId': 1 });
recruitmentEventSchema.index({ campaignId: 1 });

function toEvent(doc: RecruitmentEventDocument): RecruitmentEvent {
  const { _id, participants, ...rest } = doc;
  return {
    ...rest,
    id: _id,
    campaignId: rest.campaignId ?? null,
    participants: participants.map((item) => ({
      organizationId: item.organizationId,
      organizationName: item.organizationName,
      offerIds: [...item.offerIds],
      status: item.status,
      answeredAt: item.answeredAt ?? null,
    })),
  };
}

const soonestFirst = { startsAt: 1, _id: 1 } as const;

export class MongoRecruitmentEventRepository implements RecruitmentEventRepository {
  private readonly model: Model<RecruitmentEventDocument>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.RecruitmentEvent as Model<RecruitmentEventDocument> | undefined) ??
      connection.model<RecruitmentEventDocument>('RecruitmentEvent', recruitmentEventSchema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(event: NewRecruitmentEvent, now: Date): Promise<RecruitmentEvent> {
    const doc = {
      ...event,
      _id: new Types.ObjectId().toHexString(),
      revision: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.model.collection.insertOne(doc as never);
    return toEvent(doc);
  }

  async findById(id: string): Promise<RecruitmentEvent | null> {
    const doc = await this.model.findById(id).lean<RecruitmentEventDocument>();
    return doc ? toEvent(doc) : null;
  }

  async listInTerritory(territoryId: string, filter: RecruitmentEventFilter) {
    const query: Record<string, unknown> = { territoryId };
    if (filter.status) query.status = filter.status;
    if (filter.campaignId) query.campaignId = filter.campaignId;
    if (filter.endsAfter) query.endsAt = { $gt: filter.endsAfter };
    return this.list(query);
  }

  async listForParticipant(organizationId: string) {
    return this.list({ 'participants.organizationId': organizationId, status: { $ne: 'draft' } });
  }

  async listOverlapping(territoryId: string, from: Date, to: Date) {
    const docs = await this.model
      .find({
        territoryId,
        status: { $in: ['published', 'held'] },
        startsAt: { $lt: to },
        endsAt: { $gt: from },
      })
      .lean<RecruitmentEventDocument[]>();
    return docs.map(toEvent);
  }

  async listForCampaign(campaignId: string) {
    const docs = await this.model.find({ campaignId }).sort(soonestFirst).lean<RecruitmentEventDocument[]>();
    return docs.map(toEvent);
  }

  async save(event: RecruitmentEvent, expectedVersion: number, now: Date): Promise<boolean> {
    const { id, version: _version, createdAt: _createdAt, ...fields } = event;
    const result = await this.model.updateOne(
      { _id: id, version: expectedVersion },
      { $set: { ...fields, version: expectedVersion + 1, updatedAt: now } },
    );
    return result.matchedCount === 1;
  }

  private async list(query: Record<string, unknown>): Promise<RecruitmentEvent[]> {
    const docs = await this.model
      .find(query)
      .sort(soonestFirst)
      .limit(recruitmentEventListLimit)
      .lean<RecruitmentEventDocument[]>();
    return docs.map(toEvent);
  }
}
