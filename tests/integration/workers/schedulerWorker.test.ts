import { QueueEvents, type Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedisClient } from '../../../shared/adapters/cache/createRedisClient';
import { startTestApp, type TestApp } from '../../support/testApp';
import { registerSchedules, scheduledJobs, startSchedulerWorker } from '../../../workers/schedulerWorker';

let testApp: TestApp;
let connection: Redis;
let worker: Worker;
let events: QueueEvents;
let eventsConnection: Redis;
const now = new Date('2026-11-23T12:00:00Z');

beforeAll(async () => {
  testApp = await startTestApp({ clock: { now: () => now } });
  connection = createRedisClient(testApp.deps.config.REDIS_URL, 'blocking');
  worker = startSchedulerWorker(testApp.deps, connection);
  eventsConnection = createRedisClient(testApp.deps.config.REDIS_URL, 'blocking');
  events = new QueueEvents('scheduler', { connection: eventsConnection, prefix: testApp.deps.config.QUEUE_PREFIX });
  await events.waitUntilReady();
});
afterAll(async () => {
  await worker.close();
  await events.close();
  // BullMQ does not close connections it was handed.
  eventsConnection.disconnect();
  connection.disconnect();
  await testApp.close();
});

function aRefreshToken(tokenHash: string, expiresAt: Date) {
  return { tokenHash, familyId: 'f', userId: 'u', organizationId: 'o', expiresAt, rotatedAt: null, revokedAt: null };
}

describe('scheduler worker', () => {
  it('purges expired refresh tokens and keeps valid ones; running the job twice changes nothing more', async () => {
    const tokens = testApp.deps.mongo.collection('refresh_tokens');
    await tokens.insertMany([
      aRefreshToken('expired', new Date('2026-11-01T00:00:00Z')),
      aRefreshToken('valid', new Date('2026-12-01T00:00:00Z')),
    ]);

    const first = await testApp.deps.queues.scheduler.add('purge-expired-refresh-tokens', {});
    const firstResult = await first.waitUntilFinished(events, 10_000);
    const second = await testApp.deps.queues.scheduler.add('purge-expired-refresh-tokens', {});
    const secondResult = await second.waitUntilFinished(events, 10_000);

    expect(firstResult).toEqual({ deleted: 1 });
    expect(secondResult).toEqual({ deleted: 0 });
    expect((await tokens.find({}).toArray()).map((token) => token.tokenHash)).toEqual(['valid']);
  });

  it('fails a job with a malformed payload at once, without retries, keeps it in the failed set, and the queue keeps flowing', async () => {
    const bad = await testApp.deps.queues.scheduler.add('purge-expired-refresh-tokens', { unexpected: true });
    await expect(bad.waitUntilFinished(events, 10_000)).rejects.toThrow(/invalid payload/);
    const good = await testApp.deps.queues.scheduler.add('purge-expired-refresh-tokens', {});
    await good.waitUntilFinished(events, 10_000);

    const failed = await testApp.deps.queues.scheduler.getJob(bad.id!);
    expect(failed?.attemptsMade).toBe(1);
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.opts.attempts).toBe(5);
  });

  // Last: the schedule's first run starts at once and would race with the tests above.
  it('registers each schedule once, however many times the workers start', async () => {
    await registerSchedules(testApp.deps);
    await registerSchedules(testApp.deps);

    const schedulers = await testApp.deps.queues.scheduler.getJobSchedulers();

    expect(schedulers.map((scheduler) => scheduler.key).sort()).toEqual(Object.keys(scheduledJobs).sort());
  });
});
