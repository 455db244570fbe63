import { Types } from 'mongoose';
import {
  watchWholeCollectionReads,
  type WholeCollectionReadWatch,
} from '../../../shared/adapters/mongo/wholeCollectionReads';
import type { InAppNotification } from '../../../shared/domain/notifications/delivery';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let watch: WholeCollectionReadWatch;
let token: string;
let userId: string;
let otherUserId: string;

interface NotificationPage {
  items: { id: string; title: string; readAt: string | null }[];
  nextCursor: string | null;
  unreadCount: number;
}

const minute = 60_000;
const start = Date.parse('2026-11-01T08:00:00Z');

function notification(owner: string, index: number, read: boolean): InAppNotification {
  const createdAt = new Date(start + index * minute);
  return {
    id: new Types.ObjectId(Types.ObjectId.generate(Math.floor(createdAt.getTime() / 1000))).toHexString(),
    userId: owner,
    category: 'proposals',
    title: `Notification ${index}`,
    body: 'Un conseiller vous propose une personne.',
    link: '/employeur',
    createdAt,
    readAt: read ? createdAt : null,
  };
}

async function page(query = ''): Promise<NotificationPage> {
  const response = await testApp
    .http()
    .get(`/api/v1/me/notifications${query}`)
    .set(...bearer(token))
    .expect(200);
  return response.body as NotificationPage;
}

beforeAll(async () => {
  testApp = await startTestApp({ monitorCommands: true });
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  token = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  const me = await testApp
    .http()
    .get('/api/v1/me')
    .set(...bearer(token))
    .expect(200);
  userId = (me.body as { user: { id: string } }).user.id;
  otherUserId = new Types.ObjectId().toHexString();
  // 45 of the user's (every third one unread), 200 of somebody else's, interleaved in time.
  const mine = Array.from({ length: 45 }, (_, index) => notification(userId, index * 2, index % 3 !== 0));
  const theirs = Array.from({ length: 200 }, (_, index) => notification(otherUserId, index, false));
  await testApp.deps.repositories.inApp.storeAll([...mine, ...theirs]);
  // Stored again (a retried job): nothing doubles.
  await testApp.deps.repositories.inApp.storeAll(mine.slice(0, 10));
  watch = watchWholeCollectionReads(testApp.deps.mongo);
});
afterAll(async () => {
  watch?.stop();
  await testApp.close();
});

describe('a user’s notifications page and unread count', () => {
  it('come newest first, page by page, counted, without reading a whole collection', async () => {
    watch.take();
    const first = await page('?limit=20');
    const second = await page(`?limit=20&after=${first.nextCursor}`);
    const third = await page(`?limit=20&after=${second.nextCursor}`);
    expect(watch.take()).toEqual([]);

    const titles = [...first.items, ...second.items, ...third.items].map((item) => item.title);
    expect(titles).toEqual(Array.from({ length: 45 }, (_, index) => `Notification ${(44 - index) * 2}`));
    expect(third.nextCursor).toBeNull();
    expect(first.unreadCount).toBe(15);
  });

  it('keep the unread apart, and reading one or all of them updates the count', async () => {
    const unread = await page('?unread=true&limit=100');
    expect(unread.items).toHaveLength(15);
    expect(unread.items.every((item) => item.readAt === null)).toBe(true);

    watch.take();
    await testApp
      .http()
      .post(`/api/v1/me/notifications/${unread.items[0]!.id}/read`)
      .set(...bearer(token))
      .expect(204);
    expect((await page()).unreadCount).toBe(14);
    await testApp
      .http()
      .post('/api/v1/me/notifications/read-all')
      .set(...bearer(token))
      .expect(204);
    expect(watch.take()).toEqual([]);

    const after = await page('?limit=100');
    expect(after.unreadCount).toBe(0);
    expect(after.items.every((item) => item.readAt !== null)).toBe(true);
    // Somebody else's stay as they were.
    expect(
      await testApp.deps.mongo.collection('inAppNotifications').countDocuments({ userId: otherUserId, readAt: null }),
    ).toBe(200);
  });

  it('are rebuilt from the database when the lists beside it are gone', async () => {
    const before = await page('?limit=100');
    const keys = await testApp.deps.redis.keys(
      `${testApp.deps.config.QUEUE_PREFIX}:lists:${testApp.deps.config.MONGO_DB_NAME}:*`,
    );
    expect(keys.length).toBeGreaterThan(0);
    await testApp.deps.redis.del(...keys);
    expect((await page()).items).toEqual([]);

    await testApp.deps.repositories.inApp.rebuildLists();
    expect(await page('?limit=100')).toEqual(before);
  });
});
