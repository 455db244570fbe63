import { Schema, type Connection, type Model } from 'mongoose';
import type { DigestItem } from '../../domain/notifications/dailyDigest';
import { notificationCategories } from '../../domain/notifications/notificationRules';
import type { DigestItemRepository } from '../../ports/NotificationStores';
import { insertAllIfAbsent } from './insertAllIfAbsent';

type DigestItemDocument = Omit<DigestItem, 'id'> & { _id: string };

const digestItemSchema = new Schema<DigestItemDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    organizationId: { type: String, required: true },
    category: { type: String, enum: notificationCategories, required: true },
    message: { title: String, body: String, link: String },
    createdAt: { type: Date, required: true },
    digestKey: { type: String, default: null },
  },
  { versionKey: false },
);
// What no digest took yet, by user; what one digest took.
digestItemSchema.index({ digestKey: 1, userId: 1, createdAt: 1 });

const toItem = ({ _id, ...rest }: DigestItemDocument): DigestItem => ({ ...rest, id: _id });

export class MongoDigestItemRepository implements DigestItemRepository {
  private readonly items: Model<DigestItemDocument>;

  constructor(connection: Connection) {
    this.items = connection.model<DigestItemDocument>('DigestItem', digestItemSchema, 'digestItems');
  }

  async ensureIndexes(): Promise<void> {
    await this.items.createIndexes();
  }

  async addAllIfAbsent(items: DigestItem[]): Promise<void> {
    await insertAllIfAbsent(
      this.items,
      items.map(({ id, ...item }) => ({ ...item, _id: id })),
    );
  }

  async recipientsWithPending(before: Date): Promise<{ userId: string; organizationId: string }[]> {
    const pending = await this.items
      .find({ digestKey: null, createdAt: { $lt: before } }, { userId: 1, organizationId: 1 })
      .lean<Pick<DigestItemDocument, 'userId' | 'organizationId'>[]>();
    const byUser = new Map(pending.map((item) => [item.userId, item.organizationId]));
    return [...byUser].map(([userId, organizationId]) => ({ userId, organizationId }));
  }

  async claim(userId: string, before: Date, digestKey: string): Promise<DigestItem[]> {
    // Each item is taken by the first digest that claims it; claiming again adds only newcomers.
    await this.items.updateMany({ userId, digestKey: null, createdAt: { $lt: before } }, { $set: { digestKey } });
    const claimed = await this.items.find({ digestKey, userId }).sort({ createdAt: 1 }).lean<DigestItemDocument[]>();
    return claimed.map(toItem);
  }
}
