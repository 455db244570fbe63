import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../infra/local/freePort';
import { startMailSink, type MailSink } from '../../infra/local/mailSink';
import { startRedis, type LocalRedis } from '../../infra/local/startRedis';
import { startWorkers } from '../../workers/startWorkers';
import { adminCredentials, anAccount, bootstrapAdmin, login } from '../support/accounts';
import { eventually } from '../support/eventually';
import { processEnv, runEntryPoint } from '../support/processes';
import { aMatch, aProposal, takeStep } from '../support/proposals';
import { startTestApp, type TestApp } from '../support/testApp';

interface DeliveryRecord {
  _id: string;
  channel: string;
  status: string;
  providerMessageId: string | null;
}

const deliveries = (testApp: TestApp) => testApp.deps.mongo.collection<DeliveryRecord>('notificationDeliveries');

async function accounts(testApp: TestApp) {
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  const employer = await anAccount(testApp, adminToken, 'employer');
  const adviser = await anAccount(testApp, adminToken, 'adviser');
  return { employer: employer.accessToken, employerEmail: employer.email, adviser: adviser.accessToken };
}

/** How many messages the SMTP server accepted with each Message-ID. */
function acceptedPerMessageId(mailSink: MailSink): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mailSink.received) counts.set(mail.messageId ?? '', (counts.get(mail.messageId ?? '') ?? 0) + 1);
  return counts;
}

describe('notification delivery under faults', () => {
  let mailSink: MailSink;
  let testApp: TestApp;

  it('a worker killed (SIGKILL) in the middle of an SMTP send: another takes the job over, exactly one message arrives', async () => {
    mailSink = await startMailSink();
    testApp = await startTestApp({ env: { SMTP_URL: mailSink.url } });
    const tokens = await accounts(testApp);
    const { matchId } = await aProposal(testApp, tokens, { title: 'Soudeur Maubeuge' });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const email = await deliveries(testApp).findOne({
      _id: { $regex: `^match:${matchId}:` },
      channel: 'email',
    } as never);
    expect(email?.status).toBe('queued');

    const env = {
      ...processEnv(testApp.deps.config),
      SMTP_URL: mailSink.url,
      // A killed worker's job is taken over after the lock expires (30 s by default).
      WORKER_LOCK_MS: '1500',
    };
    const held = mailSink.holdNext();
    const first = runEntryPoint('workers/main.ts', env, ['notifications']);
    await held; // the message is on the wire; the server has not answered
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(mailSink.received).toHaveLength(0);
    expect((await deliveries(testApp).findOne({ _id: email?._id ?? '' }))?.status).toBe('queued');

    const second = runEntryPoint('workers/main.ts', env, ['notifications']);
    try {
      const sent = await eventually(
        async () => {
          const found = await deliveries(testApp).findOne({ _id: email?._id ?? '' });
          expect(found?.status).toBe('sent');
          return found;
        },
        30_000,
        200,
      );
      await new Promise((done) => setTimeout(done, 2_000));
      expect(mailSink.received).toHaveLength(1);
      expect(mailSink.received[0]?.subject).toBe('[Passerelle] Nouvelle candidature proposée');
      expect(mailSink.received[0]?.text).toContain('« Soudeur Maubeuge »');
      expect(sent?.providerMessageId).toBeTruthy();
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
      await testApp.close();
      await mailSink.close();
    }
  }, 60_000);

  it('Redis restarted with send jobs waiting and delayed: every message arrives, none twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-redis-'));
    const port = await freePort();
    let redis: LocalRedis = await startRedis(port, dataDir);
    try {
      mailSink = await startMailSink();
      testApp = await startTestApp({ env: { SMTP_URL: mailSink.url, REDIS_URL: redis.url } });
      const tokens = await accounts(testApp);
      for (let index = 0; index < 3; index += 1) await aProposal(testApp, tokens, { title: `Maçon ${index}` });
      // Interviews tomorrow, a few seconds after now + 24 h: their reminders (by e-mail, the people
      // have no mobile) wait in BullMQ's delayed set.
      const interviewAt = new Date(Date.now() + 24 * 3600 * 1000 + 20_000).toISOString();
      for (let index = 0; index < 2; index += 1) {
        const { matchId } = await aMatch(testApp, tokens, {
          offer: { title: `Coffreur ${index}` },
          candidate: { contact: { firstName: 'Léa', lastName: 'Martin', email: `lea${index}@example.test` } },
        });
        for (const body of [
          { action: 'request_interview' },
          {
            action: 'schedule_interview',
            interview: { at: interviewAt, place: 'Chantier, Lens', contactName: 'M. Roy' },
          },
        ]) {
          await takeStep(testApp, tokens.employer, matchId, body);
        }
      }
      await testApp.deps.useCases.dispatchDomainEvents.execute();
      const queue = testApp.deps.queues.notifications;
      const before = await queue.getJobCounts('waiting', 'delayed');
      expect(before.delayed).toBe(2);
      expect(before.waiting).toBeGreaterThan(10);

      await redis.stop();
      redis = await startRedis(port, dataDir);
      await eventually(async () => expect(await queue.getJobCounts('waiting', 'delayed')).toEqual(before), 10_000);

      const workers = await startWorkers(testApp.deps, ['notifications']);
      try {
        const emails = await deliveries(testApp).find({ channel: 'email' }).toArray();
        expect(emails.length).toBeGreaterThanOrEqual(9); // 3 proposals, 2 × (2 steps × adviser + person) + 2 reminders
        await eventually(
          async () => {
            const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'failed');
            expect(counts).toEqual({ waiting: 0, delayed: 0, active: 0, failed: 0 });
          },
          40_000,
          250,
        );
        const statuses = await deliveries(testApp).find({ channel: 'email' }).toArray();
        expect(statuses.map((delivery) => delivery.status)).toEqual(emails.map(() => 'sent'));
        const accepted = acceptedPerMessageId(mailSink);
        expect(accepted.size).toBe(emails.length);
        expect([...accepted.values()].every((count) => count === 1)).toBe(true);
        const reminders = mailSink.received.filter((mail) => mail.text?.startsWith('Bonjour Léa,\n\nRappel'));
        expect(reminders).toHaveLength(2);
      } finally {
        await workers.stop();
      }
    } finally {
      await testApp.close();
      await mailSink.close();
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
