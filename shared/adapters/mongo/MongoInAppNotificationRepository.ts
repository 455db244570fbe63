import { Schema, type Connection, type Model } from 'mongoose';
import type { PageRequest } from '../../domain/common/page';
import { ValidationError } from '../../domain/errors';
import type { InAppNotification } from '../../domain/notifications/delivery';
import { notificationCategories } from '../../domain/notifications/notificationRules';
import type { IdLists } from '../../ports/IdLists';
import type { InAppNotificationRepository } from '../../ports/NotificationStores';
import { appendTo } from './appendTo';
import { findScoped } from './findScoped';
import type { RecordCopies } from '../../ports/RecordCopies';
import { announceWrites, findEachThroughCopies, type CopyFamily } from './copiedReads';
import { insertAllIfAbsent } from './insertAllIfAbsent';

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
// On MongoDB, the rebuild of the lists and an operator's queries by user.
inAppSchema.index({ userId: 1, _id: -1 });

const toNotification = ({ _id, ...rest }: InAppDocument): InAppNotification => ({ ...rest, id: _id });

const listsFamily = 'inapp';
// The user id is the hash tag: a user's two lists live on one node of a Redis Cluster.
const everyList = (userId: string) => `inapp:{${userId}}:all`;
const unreadList = (userId: string) => `inapp:{${userId}}:unread`;
const rebuildBatch = 1_000;
/**
 * What orders a notification's copies: its one change, being read (version 1 unread, then the time
 * it was read, which a second reading of the same notification, from two devices at once, moves on).
 */
const versionOfReading = (readAt: Date | null) => (readAt === null ? 1 : readAt.getTime());

/**
 * The notifications are documents read by id; which ones a user has, newest first, and which are
 * unread, are two id lists per user beside the database (IdLists, on Redis): a page and the unread
 * count read no collection, on FerretDB's SQLite backend as on MongoDB. The lists are written after
 * the document (a retried store completes them) and rebuilt from the collection when missing. A
 * page reads the notifications' copies (RecordCopies), ordered by their one change: being read
 * (versionOfReading).
 */
export class MongoInAppNotificationRepository implements InAppNotificationRepository {
  private readonly notifications: Model<InAppDocument>;
  private readonly copies: CopyFamily<InAppDocument>;

  constructor(
    connection: Connection,
    private readonly lists: IdLists,
    copies: RecordCopies,
  ) {
    this.notifications = connection.model<InAppDocument>('InAppNotification', inAppSchema, 'inAppNotifications');
    this.copies = {
      copies,
      name: 'inapp',
      versionOf: (doc) => versionOfReading(doc.readAt),
    };
  }

  async ensureIndexes(): Promise<void> {
    await this.notifications.createIndexes();
    if (!(await this.lists.isBuilt(listsFamily))) await this.rebuildLists();
  }

  /** Every user's lists from the collection (a process start that finds them missing). */
  async rebuildLists(): Promise<void> {
    let every = new Map<string, string[]>();
    let unread = new Map<string, string[]>();
    const flush = async () => {
      for (const [userId, ids] of every) await this.lists.add(everyList(userId), ids);
      for (const [userId, ids] of unread) await this.lists.add(unreadList(userId), ids);
      every = new Map();
      unread = new Map();
    };
    let held = 0;
    const cursor = this.notifications
      .find({}, { userId: 1, readAt: 1 })
      .lean<Pick<InAppDocument, '_id' | 'userId' | 'readAt'>[]>()
      .cursor({ batchSize: rebuildBatch });
    for await (const { _id, userId, readAt } of cursor) {
      appendTo(every, userId, _id);
      if (readAt === null) appendTo(unread, userId, _id);
      held += 1;
      if (held % rebuildBatch === 0) await flush();
    }
    await flush();
    await this.lists.markBuilt(listsFamily);
  }

  async store(notification: InAppNotification): Promise<void> {
    await this.storeAll([notification]);
  }

  /** Idempotent by id; the bulk path (one insertMany, then the lists per user). */
  async storeAll(notifications: readonly InAppNotification[]): Promise<void> {
    await insertAllIfAbsent(
      this.notifications,
      notifications.map(({ id, ...rest }) => ({ ...rest, _id: id })),
    );
    const byUser = new Map<string, InAppNotification[]>();
    for (const item of notifications) appendTo(byUser, item.userId, item);
    for (const [userId, items] of byUser) {
      await this.lists.add(
        everyList(userId),
        items.map((item) => item.id),
      );
      await this.lists.add(
        unreadList(userId),
        items.filter((item) => item.readAt === null).map((item) => item.id),
      );
    }
  }

  async list(userId: string, filter: { unreadOnly: boolean }, page: PageRequest): Promise<InAppNotification[]> {
    if (page.after !== undefined && !/^[0-9a-f]{24}$/.test(page.after)) {
      throw new ValidationError('Curseur invalide.', [{ field: 'after', reason: 'curseur de pagination inconnu' }]);
    }
    const list = filter.unreadOnly ? unreadList(userId) : everyList(userId);
    const ids = await this.lists.newest(list, { limit: page.limit, after: page.after });
    const documents = await findEachThroughCopies(this.notifications, this.copies, ids, { userId });
    return documents.filter((document) => !filter.unreadOnly || document.readAt === null).map(toNotification);
  }

  countUnread(userId: string): Promise<number> {
    return this.lists.count(unreadList(userId));
  }

  async markRead(userId: string, notificationId: string, at: Date): Promise<boolean> {
    const found = await findScoped<InAppDocument>(this.notifications, { _id: notificationId, userId });
    if (!found) return false;
    // The first reading is the one kept.
    if (found.readAt === null) {
      await announceWrites(this.copies, [{ id: notificationId, version: versionOfReading(at) }]);
      await this.notifications.updateOne({ _id: notificationId }, { $set: { readAt: at } });
    }
    await this.lists.remove(unreadList(userId), [notificationId]);
    return true;
  }

  async markAllRead(userId: string, at: Date): Promise<void> {
    const ids = await this.lists.all(unreadList(userId));
    for (let offset = 0; offset < ids.length; offset += 500) {
      const batch = ids.slice(offset, offset + 500);
      await announceWrites(
        this.copies,
        batch.map((id) => ({ id, version: versionOfReading(at) })),
      );
      // By id, each statement alone (a filter on readAt beside it would read the collection).
      await this.notifications.bulkWrite(
        batch.map((_id) => ({ updateOne: { filter: { _id }, update: { $set: { readAt: at } } } })),
        { ordered: false },
      );
      // Only these: a notification stored meanwhile stays unread.
      await this.lists.remove(unreadList(userId), batch);
    }
  }
}
