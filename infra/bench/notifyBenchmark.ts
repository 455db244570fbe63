/**
 * `npm run bench:notify [-- --count 20000]`: pushes in-app notifications through the whole
 * pipeline (domain events in the outbox → dispatcher → one delivery record each → notifications
 * queue → worker → in-app store) and reports deliveries/s next to raw BullMQ no-op jobs/s on the
 * same Redis, in the same run. Redis and FerretDB are started here unless REDIS_URL and
 * MONGO_URL are set.
 */
import { parseArgs } from 'node:util';
import { Queue, Worker } from 'bullmq';
import { Types } from 'mongoose';
import { createRedisClient } from '../../shared/adapters/cache/createRedisClient';
import type { DomainEvent } from '../../shared/ports/DomainEvents';
import { MongoDomainEvents } from '../../shared/adapters/mongo/MongoDomainEvents';
import { notificationsConcurrency } from '../../workers/notificationsWorker';
import { startWorkers } from '../../workers/startWorkers';
import { drained, startBenchDependencies } from './benchDependencies';
import { cpuShares } from './cpuShares';
import { peakRssTracker } from './peakRss';
import { megabytes, perSecond, runBenchmark } from './benchReport';

const rate = (count: number, ms: number) => perSecond(count, ms);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' } } });
  const count = Number(values.count);
  const bench = await startBenchDependencies();
  const { deps, redisUrl, stop } = bench;
  const cpu = cpuShares(bench);
  const prefix = deps.config.QUEUE_PREFIX;
  const rss = peakRssTracker();
  try {
    // Raw BullMQ: the same number of no-op jobs, the same concurrency as the notifications worker.
    const connection = createRedisClient(redisUrl, 'blocking');
    const noop = new Queue('bench-noop', { connection, prefix });
    let started = Date.now();
    cpu.start();
    for (let offset = 0; offset < count; offset += 1_000) {
      await noop.addBulk(
        Array.from({ length: Math.min(1_000, count - offset) }, (_, index) => ({
          name: 'noop',
          data: { index: offset + index },
          opts: { jobId: `noop-${offset + index}`, removeOnComplete: true },
        })),
      );
    }
    const worker = new Worker('bench-noop', () => Promise.resolve(), {
      connection,
      prefix,
      concurrency: notificationsConcurrency,
    });
    await drained(noop);
    const rawMs = Date.now() - started;
    const rawCpu = cpu.perUnit(count);
    await worker.close();
    await noop.obliterate({ force: true });
    await noop.close();

    // The database's own floor: documents of an in-app notification's size inserted 1,000 at a time
    // (a delivery stores at least two: its record and, in the application, the notification).
    const scratch = deps.mongo.collection('bench_raw_inserts');
    started = Date.now();
    cpu.start();
    for (let offset = 0; offset < count; offset += 1_000) {
      await scratch.insertMany(
        Array.from({ length: Math.min(1_000, count - offset) }, (_, index) => ({
          _id: new Types.ObjectId(),
          userId: new Types.ObjectId().toHexString(),
          category: 'reminders',
          title: `Relance ${offset + index}`,
          body: 'Une candidature attend votre réponse depuis 3 jours.',
          link: '/mises-en-relation/0123456789abcdef01234567',
          createdAt: new Date(),
          readAt: null,
        })),
        { ordered: false },
      );
    }
    const insertMs = Date.now() - started;
    const insertCpu = cpu.perUnit(count);
    await scratch.drop();

    // One employer who gets the reminders in the application only (e-mail turned off).
    const organizationId = new Types.ObjectId().toHexString();
    const user = await deps.repositories.users.create(
      {
        organizationId,
        email: `bench${Date.now()}@example.test`,
        displayName: 'Bench',
        role: 'employer',
        passwordHash: 'x',
      },
      new Date(),
    );
    await deps.useCases.updateNotificationPreferences.execute({
      actor: { userId: user.id, organizationId, role: 'employer' },
      changes: [{ category: 'reminders', channel: 'email', enabled: false, frequency: 'immediate' }],
    });
    const events: DomainEvent[] = Array.from({ length: count }, (_, index) => ({
      id: `bench:${index}`,
      type: 'match.reminder_due',
      at: new Date(),
      data: { matchId: `m${index}`, offerOrganizationId: organizationId, daysWaiting: 3, expiresInDays: 11 },
    }));
    const outbox = new MongoDomainEvents(deps.mongo);
    for (let offset = 0; offset < count; offset += 1_000) await outbox.publish(events.slice(offset, offset + 1_000));
    process.stdout.write(`${count.toLocaleString('en')} events in the outbox\n`);

    const workers = await startWorkers(deps, ['notifications']);
    started = Date.now();
    cpu.start();
    let dispatched = 0;
    for (;;) {
      const created = await deps.useCases.dispatchDomainEvents.execute(1_000);
      dispatched += created;
      if (created === 0) break;
    }
    const dispatchMs = Date.now() - started;
    await drained(deps.queues.notifications);
    const pipelineMs = Date.now() - started;
    const pipelineCpu = cpu.perUnit(count);
    await workers.stop();
    const stored = await deps.mongo.collection('inAppNotifications').countDocuments({ userId: user.id });
    const failed = await deps.queues.notifications.getJobCountByTypes('failed');
    connection.disconnect();

    process.stdout.write(
      [
        '',
        `raw BullMQ no-op jobs (concurrency ${notificationsConcurrency}):  ${rate(count, rawMs)}  (${rawMs} ms)`,
        `in-app deliveries, end to end:          ${rate(count, pipelineMs)}  (${pipelineMs} ms, of which dispatch ${dispatchMs} ms)`,
        `deliveries created: ${dispatched.toLocaleString('en')}; notifications stored: ${stored.toLocaleString('en')}; failed jobs: ${failed}`,
        `CPU per delivery, end to end:  ${pipelineCpu}`,
        `CPU per raw BullMQ no-op job:  ${rawCpu}`,
        `database's own insertMany of notification-sized documents: ${rate(count, insertMs)}  (${insertMs} ms); CPU per document: ${insertCpu}`,
        `peak RSS: ${megabytes(rss.stop())}`,
        '',
      ].join('\n'),
    );
  } finally {
    await stop();
  }
}

runBenchmark(main);
