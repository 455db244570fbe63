import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { aProposal } from '../../support/proposals';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let mailSink: MailSink;
let employer: { accessToken: string; email: string };
let adviser: string;

beforeAll(async () => {
  mailSink = await startMailSink();
  testApp = await startTestApp({
    env: { MATCHING_DEBOUNCE_MS: '20', SMTP_URL: mailSink.url, PUBLIC_BASE_URL: 'https://passerelle.example.test' },
  });
  workers = await startWorkers(testApp.deps, ['notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await anAccount(testApp, adminToken, 'employer');
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await mailSink.close();
});

const deliveries = () =>
  testApp.deps.mongo.collection<{ _id: string; status: string; channel: string; error: string | null }>(
    'notificationDeliveries',
  );

async function emailDeliveryOf(matchId: string) {
  return eventually(async () => {
    const found = await deliveries().findOne({ _id: { $regex: `^match:${matchId}:` }, channel: 'email' } as never);
    if (!found) throw new Error('no e-mail delivery yet');
    return found;
  });
}

describe('e-mail notifications, through a real SMTP server', () => {
  it('send a French message with a link and the preferences page, once, and record it sent', async () => {
    const before = mailSink.received.length;
    const { matchId } = await aProposal(
      testApp,
      { employer: employer.accessToken, adviser },
      { title: 'Cariste Douai' },
    );
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const mail = await eventually(() => {
      expect(mailSink.received.length).toBe(before + 1);
      return Promise.resolve(mailSink.received[before]);
    }, 10_000);
    expect(mail?.subject).toBe('[Passerelle] Nouvelle candidature proposée');
    expect(mail?.to).toEqual(expect.objectContaining({ text: employer.email }));
    expect(mail?.text).toContain('« Cariste Douai »');
    expect(mail?.text).toContain(`https://passerelle.example.test/mises-en-relation/${matchId}`);
    expect(mail?.text).toContain('https://passerelle.example.test/preferences');
    expect(mail?.html).toContain('Choisir les notifications que vous recevez');
    await eventually(async () => expect((await emailDeliveryOf(matchId)).status).toBe('sent'));

    await testApp.deps.useCases.dispatchDomainEvents.execute();
    expect(mailSink.received.length).toBe(before + 1);
  });

  it('repeat a send interrupted after the server accepted as the same message (same Message-ID): SMTP has no idempotency key', async () => {
    const { matchId } = await aProposal(testApp, { employer: employer.accessToken, adviser });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () => expect((await emailDeliveryOf(matchId)).status).toBe('sent'));
    const delivery = await emailDeliveryOf(matchId);
    const first = mailSink.received.at(-1);

    await deliveries().updateOne({ _id: delivery._id }, { $set: { status: 'queued' } });
    await testApp.deps.useCases.sendDelivery.execute(delivery._id, { last: false });

    // Receiving servers and mail clients recognise a message seen before by its Message-ID.
    expect(mailSink.received.at(-1)?.messageId).toBe(first?.messageId);
  });

  it('retry a server that answers 451 twice, then deliver once', async () => {
    const before = mailSink.received.length;
    mailSink.failNext(451, 2);
    const { matchId } = await aProposal(testApp, { employer: employer.accessToken, adviser });
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    await eventually(async () => expect((await emailDeliveryOf(matchId)).status).toBe('sent'), 20_000, 200);
    expect(mailSink.received.length).toBe(before + 1);
  });

  it('stop at once on a permanent refusal (550): failed with the reason, no retry, the job kept', async () => {
    const before = mailSink.received.length;
    mailSink.failNext(550, 1);
    const { matchId } = await aProposal(testApp, { employer: employer.accessToken, adviser });
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const failed = await eventually(async () => {
      const delivery = await emailDeliveryOf(matchId);
      expect(delivery.status).toBe('failed');
      return delivery;
    }, 10_000);
    expect(failed.error).toMatch(/550/);
    const job = await testApp.deps.queues.notifications.getJob(failed._id.replaceAll(':', '.'));
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(1);
    expect(mailSink.received.length).toBe(before);
  });

  it('fail a job with a malformed payload at once, without retries, and keep the queue flowing', async () => {
    const before = mailSink.received.length;
    const malformed = await testApp.deps.queues.notifications.add('send', { delivery: 42 }, { jobId: 'malformed-1' });
    const { matchId } = await aProposal(testApp, { employer: employer.accessToken, adviser });
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    await eventually(async () => expect((await emailDeliveryOf(matchId)).status).toBe('sent'), 10_000);
    expect(mailSink.received.length).toBe(before + 1);
    const failed = await testApp.deps.queues.notifications.getJob(malformed.id ?? '');
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.opts.attempts).toBeGreaterThan(1);
    expect(failed?.failedReason).toMatch(/invalid payload for notifications\/send/);
  });

  it('show administrators every delivery with its status and reason, advisers their organisation’s, employers none', async () => {
    const adminToken = (await login(testApp, adminCredentials)).accessToken;
    const failed = await testApp
      .http()
      .get('/api/v1/notifications/deliveries?status=failed')
      .set(...bearer(adminToken))
      .expect(200);
    expect(failed.body).toEqual([
      expect.objectContaining({ channel: 'email', status: 'failed', error: expect.stringMatching(/550/) }),
    ]);
    const sent = await testApp
      .http()
      .get('/api/v1/notifications/deliveries?status=sent')
      .set(...bearer(adminToken));
    expect(sent.body.length).toBeGreaterThanOrEqual(2);

    const ownOnly = await testApp
      .http()
      .get('/api/v1/notifications/deliveries')
      .set(...bearer(adviser))
      .expect(200);
    expect(ownOnly.body).toEqual([]);
    await testApp
      .http()
      .get('/api/v1/notifications/deliveries')
      .set(...bearer(employer.accessToken))
      .expect(403);
  });
});
