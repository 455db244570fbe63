import { Schema, type Connection, type Model } from 'mongoose';
import { webhookEventTypes, type WebhookSubscription } from '../../domain/notifications/webhook';
import type { WebhookRepository } from '../../ports/WebhookRepository';
import type { IdLists } from '../../ports/IdLists';

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

/** An organisation's subscriptions beside the database (IdLists), read at each dispatch. */
const webhookListsFamily = 'webhooks';
const organizationWebhooks = (organizationId: string) => `w:{${organizationId}}`;

export class MongoWebhookRepository implements WebhookRepository {
  private readonly webhooks: Model<WebhookDocument>;

  constructor(
    connection: Connection,
    private readonly lists: IdLists,
  ) {
    this.webhooks = connection.model<WebhookDocument>('WebhookSubscription', webhookSchema, 'webhookSubscriptions');
  }

  async ensureIndexes(): Promise<void> {
    await this.webhooks.createIndexes();
    if (await this.lists.isBuilt(webhookListsFamily)) return;
    for await (const document of this.webhooks.find({}).lean<WebhookDocument[]>().cursor()) {
      await this.lists.add(organizationWebhooks(document.organizationId), [document._id]);
    }
    await this.lists.markBuilt(webhookListsFamily);
  }

  async create(subscription: WebhookSubscription): Promise<void> {
    const { id, ...rest } = subscription;
    await this.webhooks.create({ ...rest, _id: id });
    await this.lists.add(organizationWebhooks(subscription.organizationId), [id]);
  }

  /** From the organisation's list, then by key (a subscription left behind in the list is skipped). */
  async listForOrganization(organizationId: string): Promise<WebhookSubscription[]> {
    const ids = (await this.lists.all(organizationWebhooks(organizationId))).sort();
    const documents = await Promise.all(ids.map((id) => this.webhooks.findById(id).lean<WebhookDocument>()));
    return documents
      .filter((document) => document?.organizationId === organizationId)
      .map((document) => toSubscription(document!));
  }

  async findById(id: string): Promise<WebhookSubscription | null> {
    const document = await this.webhooks.findById(id).lean<WebhookDocument>();
    return document ? toSubscription(document) : null;
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    const document = await this.webhooks.findById(id).lean<WebhookDocument>();
    if (document?.organizationId !== organizationId) return false;
    const deleted = (await this.webhooks.deleteOne({ _id: id })).deletedCount === 1;
    await this.lists.remove(organizationWebhooks(organizationId), [id]);
    return deleted;
  }
}
