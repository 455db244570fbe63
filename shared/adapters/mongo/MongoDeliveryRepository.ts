import { Schema, type Connection, type Model } from 'mongoose';
import {
  deliveryStatuses,
  recipientKinds,
  type Delivery,
  type DeliveryStatus,
} from '../../domain/notifications/delivery';
import type { NotificationMessage } from '../../domain/notifications/notificationMessages';
import { notificationCategories, notificationChannels } from '../../domain/notifications/notificationRules';
import type { DeliveryRepository } from '../../ports/NotificationStores';
import { insertAllIfAbsent } from './insertAllIfAbsent';

/** `_id` is the delivery key: unique by construction, read by key. */
type DeliveryDocument = Omit<Delivery, 'key'> & { _id: string };

const deliverySchema = new Schema<DeliveryDocument>(
  {
    _id: { type: String, required: true },
    eventId: { type: String, required: true },
    recipient: {
      kind: { type: String, enum: recipientKinds, required: true },
      id: { type: String, required: true },
      organizationId: { type: String, required: true },
    },
    channel: { type: String, enum: notificationChannels, required: true },
    category: { type: String, enum: [...notificationCategories, 'digest'], required: true },
    message: { title: String, body: String, link: String },
    status: { type: String, enum: deliveryStatuses, required: true },
    notificationId: { type: String, required: true },
    providerMessageId: { type: String, default: null },
    reminderOf: { type: new Schema({ matchId: String, interviewAt: Date }, { _id: false }), default: null },
    eventReminderOf: {
      type: new Schema({ invitationId: String, revision: Number, answeredAt: Date }, { _id: false }),
      default: null,
    },
    digestUntil: { type: Date, default: null },
    error: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Deliveries of a recipient, by status (the advisers' and admins' view of what arrived).
deliverySchema.index({ 'recipient.id': 1, status: 1 });
deliverySchema.index({ 'recipient.organizationId': 1, createdAt: -1 });
// Delivery reports name the provider's message id.
deliverySchema.index({ providerMessageId: 1 });

export class MongoDeliveryRepository implements DeliveryRepository {
  private readonly deliveries: Model<DeliveryDocument>;

  constructor(connection: Connection) {
    this.deliveries = connection.model<DeliveryDocument>('Delivery', deliverySchema, 'notificationDeliveries');
  }

  async ensureIndexes(): Promise<void> {
    await this.deliveries.createIndexes();
  }

  async createAllIfAbsent(deliveries: Delivery[]): Promise<number> {
    return insertAllIfAbsent(
      this.deliveries,
      deliveries.map(({ key, ...rest }) => ({ ...rest, _id: key })),
    );
  }

  async deleteForCandidate(candidateId: string): Promise<void> {
    await this.deliveries.deleteMany({ 'recipient.kind': 'candidate', 'recipient.id': candidateId });
  }

  async findByKey(key: string): Promise<Delivery | null> {
    const document = await this.deliveries.findById(key).lean<DeliveryDocument>();
    if (!document) return null;
    const { _id, ...rest } = document;
    return { ...rest, key: _id };
  }

  async findByProviderMessageId(providerMessageId: string): Promise<Delivery | null> {
    const document = await this.deliveries.findOne({ providerMessageId }).lean<DeliveryDocument>();
    if (!document) return null;
    const { _id, ...rest } = document;
    return { ...rest, key: _id };
  }

  async list(
    filter: { organizationIds: readonly string[]; recipientId?: string; status?: DeliveryStatus },
    page: { limit: number; offset: number },
  ): Promise<Delivery[]> {
    const documents = await this.deliveries
      .find({
        'recipient.organizationId': { $in: filter.organizationIds },
        ...(filter.recipientId ? { 'recipient.id': filter.recipientId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      })
      .sort({ createdAt: -1, _id: 1 })
      .skip(page.offset)
      .limit(page.limit)
      .lean<DeliveryDocument[]>();
    return documents.map(({ _id, ...rest }) => ({ ...rest, key: _id }));
  }

  async setStatus(
    key: string,
    status: DeliveryStatus,
    at: Date,
    details: { error?: string; providerMessageId?: string; message?: NotificationMessage } = {},
  ): Promise<void> {
    await this.deliveries.updateOne(
      { _id: key },
      {
        $set: {
          status,
          updatedAt: at,
          error: details.error ?? null,
          ...(details.providerMessageId ? { providerMessageId: details.providerMessageId } : {}),
          ...(details.message ? { message: details.message } : {}),
        },
      },
    );
  }

  async setStatusAll(keys: readonly string[], status: DeliveryStatus, at: Date): Promise<void> {
    if (keys.length === 0) return;
    // One update by key each (a filter FerretDB reads by key), sent together.
    await this.deliveries.bulkWrite(
      keys.map((key) => ({
        updateOne: { filter: { _id: key }, update: { $set: { status, updatedAt: at, error: null } } },
      })),
      { ordered: false },
    );
  }
}
