import { Schema, type Connection, type Model } from 'mongoose';
import { webhookEventTypes, type WebhookSubscription } from '../../domain/notifications/webhook';
import type { WebhookRepository } from '../../ports/WebhookRepository';

type WebhookDocument = Omit<WebhookSubscription, 'id'> & { _id: string };

const webhookSchema = new Schema<WebhookDocument>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    url: { type: String, required: true },
    eventTypes: { type: [String], enum: webhookEventTypes, required: true },
    secret: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// An organisation's subscriptions, read at each dispatch.
webhookSchema.index({ organizationId: 1 });

const toSubscription = ({ _id, ...rest }: WebhookDocument): WebhookSubscription => ({ ...rest, id: _id });

export class MongoWebhookRepository implements WebhookRepository {
  private readonly webhooks: Model<WebhookDocument>;

  constructor(connection: Connection) {
    this.webhooks = connection.model<WebhookDocument>('WebhookSubscription', webhookSchema, 'webhookSubscriptions');
  }

  async ensureIndexes(): Promise<void> {
    await this.webhooks.createIndexes();
  }

  async create(subscription: WebhookSubscription): Promise<void> {
    const { id, ...rest } = subscription;
    await this.webhooks.create({ ...rest, _id: id });
  }

  async listForOrganization(organizationId: string): Promise<WebhookSubscription[]> {
    return (await this.webhooks.find({ organizationId }).sort({ _id: 1 }).lean<WebhookDocument[]>()).map(
      toSubscription,
    );
  }

  async findById(id: string): Promise<WebhookSubscription | null> {
    const document = await this.webhooks.findById(id).lean<WebhookDocument>();
    return document ? toSubscription(document) : null;
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    return (await this.webhooks.deleteOne({ _id: id, organizationId })).deletedCount === 1;
  }
}
