import { Schema, type Connection, type Model } from 'mongoose';
import type { PageRequest } from '../../domain/common/page';
import { ValidationError } from '../../domain/errors';
import type { InAppNotification } from '../../domain/notifications/delivery';
import { notificationCategories } from '../../domain/notifications/notificationRules';
import type { InAppNotificationRepository } from '../../ports/NotificationStores';
import { isDuplicateKeyError } from './isDuplicateKeyError';

type InAppDocument = Omit<InAppNotification, 'id'> & { _id: string };

const inAppSchema = new Schema<InAppDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    category: { type: String, enum: notificationCategories, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    link: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { versionKey: false },
);
// A user's notifications, newest first (ids are time-ordered); the unread ones.
inAppSchema.index({ userId: 1, _id: -1 });
inAppSchema.index({ userId: 1, readAt: 1 });

const toNotification = ({ _id, ...rest }: InAppDocument): InAppNotification => ({ ...rest, id: _id });

export class MongoInAppNotificationRepository implements InAppNotificationRepository {
  private readonly notifications: Model<InAppDocument>;

  constructor(connection: Connection) {
    this.notifications = connection.model<InAppDocument>('InAppNotification', inAppSchema, 'inAppNotifications');
  }

  async ensureIndexes(): Promise<void> {
    await this.notifications.createIndexes();
  }

  async store(notification: InAppNotification): Promise<void> {
    const { id, ...rest } = notification;
    try {
      await this.notifications.create({ ...rest, _id: id });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async list(userId: string, filter: { unreadOnly: boolean }, page: PageRequest): Promise<InAppNotification[]> {
    if (page.after !== undefined && !/^[0-9a-f]{24}$/.test(page.after)) {
      throw new ValidationError('Curseur invalide.', [{ field: 'after', reason: 'curseur de pagination inconnu' }]);
    }
    const documents = await this.notifications
      .find({
        userId,
        ...(filter.unreadOnly ? { readAt: null } : {}),
        ...(page.after ? { _id: { $lt: page.after } } : {}),
      })
      .sort({ _id: -1 })
      .limit(page.limit)
      .lean<InAppDocument[]>();
    return documents.map(toNotification);
  }

  countUnread(userId: string): Promise<number> {
    return this.notifications.countDocuments({ userId, readAt: null });
  }

  async markRead(userId: string, notificationId: string, at: Date): Promise<boolean> {
    const found = await this.notifications.findOne({ _id: notificationId, userId }, { readAt: 1 }).lean();
    if (!found) return false;
    await this.notifications.updateOne({ _id: notificationId, userId, readAt: null }, { $set: { readAt: at } });
    return true;
  }

  async markAllRead(userId: string, at: Date): Promise<void> {
    await this.notifications.updateMany({ userId, readAt: null }, { $set: { readAt: at } });
  }
}
