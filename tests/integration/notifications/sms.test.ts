import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { freePort } from '../../../infra/local/freePort';
import { startLocalSmsProvider, type LocalSmsProvider } from '../../../infra/local/smsProvider';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { aMatch, aProposal, takeStep } from '../../support/proposals';
import { startTestApp, type TestApp } from '../../support/testApp';

const statusSecret = 'sms-status-secret-for-tests';
// 10:00 in Paris: SMS may go; the tests move it to the evening for quiet hours.
let current = new Date('2026-11-24T09:00:00Z');
const clock = { now: () => current };

let testApp: TestApp;
let workers: RunningWorkers;
let mailSink: MailSink;
let provider: LocalSmsProvider;
let employer: string;
let adviser: string;

beforeAll(async () => {
  mailSink = await startMailSink();
  provider = await startLocalSmsProvider({ apiKey: 'test-key', statusSecret });
  // The provider's reports come back to this app, served on a port chosen first.
  const port = await freePort();
  testApp = await startTestApp({
    clock,
    env: {
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: mailSink.url,
      SMS_PROVIDER_URL: provider.url,
      SMS_API_KEY: 'test-key',
      SMS_STATUS_SECRET: statusSecret,
    },
  });
  const server = testApp.app.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  afterAllClose.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  workers = await startWorkers(testApp.deps, ['notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
const afterAllClose: (() => Promise<void>)[] = [];
afterAll(async () => {
  await workers.stop();
  for (const close of afterAllClose) await close();
  await testApp.close();
  await provider.close();
  await mailSink.close();
});
beforeEach(() => {
  current = new Date('2026-11-24T09:00:00Z');
});

const interview = { at: '2026-11-27T09:30:00Z', place: '12 rue de Lille, Roubaix', contactName: 'Mme Roux' };

async function scheduledInterview(): Promise<{ matchId: string }> {
  const { matchId } = await aProposal(testApp, { employer, adviser });
  for (const body of [{ action: 'request_interview' }, { action: 'schedule_interview', interview }]) {
    await takeStep(testApp, employer, matchId, body);
  }
  return { matchId };
}

const smsDeliveries = (matchId: string) =>
  testApp.deps.mongo
    .collection<{ _id: string; status: string; providerMessageId: string | null; error: string | null }>(
      'notificationDeliveries',
    )
    .find({ _id: { $regex: `^match:${matchId}:` }, channel: 'sms' } as never)
    .toArray();

describe('SMS to the person, through an HTTP provider', () => {
  it('tell them of the interview (when, where, whom), record it sent, then delivered by the provider’s report', async () => {
    const before = provider.sent.length;
    const { matchId } = await scheduledInterview();
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const sms = await eventually(() => {
      const found = provider.sent.slice(before).find((item) => item.text.includes('entretien le 27/11'));
      if (!found) throw new Error('no SMS yet');
      return Promise.resolve(found);
    }, 10_000);
    expect(sms.to).toBe('+33612345678');
    expect(sms.text).toBe(
      'Passerelle : entretien le 27/11 à 10 h 30 au 12 rue de Lille, Roubaix avec Mme Roux, pour l’offre « Conducteur PL régional ».',
    );
    const sent = await eventually(async () => {
      const found = (await smsDeliveries(matchId)).find((item) => item.providerMessageId === sms.id);
      expect(found?.status).toBe('sent');
      return found;
    });

    expect(await provider.report(sms.id, 'delivered')).toBe(200);
    expect((await smsDeliveries(matchId)).find((item) => item._id === sent?._id)?.status).toBe('delivered');
    const forged = await testApp
      .http()
      .post('/api/v1/webhooks/sms-status')
      .set('x-sms-secret', 'not-the-secret-at-all')
      .send({ id: sms.id, status: 'failed' })
      .expect(401);
    expect(forged.headers['content-type']).toMatch(/problem\+json/);
  });

  it('never send twice when the provider accepted and the record did not say so yet (a crash in between)', async () => {
    const { matchId } = await scheduledInterview();
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const sent = await eventually(async () => {
      const found = (await smsDeliveries(matchId)).find((item) => item.status === 'sent');
      if (!found) throw new Error('no SMS sent yet');
      return found;
    }, 10_000);
    const before = provider.sent.length;

    // The state a crash right after the provider's answer leaves: the record still says queued.
    await testApp.deps.mongo
      .collection<{ _id: string }>('notificationDeliveries')
      .updateOne({ _id: sent._id }, { $set: { status: 'queued', providerMessageId: null } });
    expect(await testApp.deps.useCases.sendDelivery.execute(sent._id, { last: false })).toBe('sent');

    expect(provider.sent.length).toBe(before);
    const again = (await smsDeliveries(matchId)).find((item) => item._id === sent._id);
    expect(again).toEqual(expect.objectContaining({ status: 'sent', providerMessageId: sent.providerMessageId }));
  });

  it('never send between 20:00 and 08:00 Paris time: the message waits for 08:00', async () => {
    const { matchId } = await aProposal(testApp, { employer, adviser });
    await takeStep(testApp, employer, matchId, { action: 'request_interview' });
    current = new Date('2026-11-24T20:30:00Z'); // 21:30 in Paris
    const before = provider.sent.length;
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const [delivery] = await smsDeliveries(matchId);
    const job = await testApp.deps.queues.notifications.getJob(String(delivery?._id).replaceAll(':', '.'));
    expect(await job?.getState()).toBe('delayed');
    // 08:00 in Paris is 07:00 UTC, 10 h 30 later.
    expect(job?.delay).toBe(10.5 * 3600 * 1000);
    expect(provider.sent.length).toBe(before);
  });

  it('remind the day before, unless the interview was cancelled or moved', async () => {
    const { matchId } = await scheduledInterview();
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const reminder = await eventually(async () => {
      const found = (await smsDeliveries(matchId)).find((item) => item._id.includes('-reminder'));
      if (!found) throw new Error('no reminder yet');
      return found;
    });
    const job = await testApp.deps.queues.notifications.getJob(reminder._id.replaceAll(':', '.'));
    // The day before at 10:30 Paris time (09:30 UTC): 2 days after 09:00 UTC on the 24th, plus 30 minutes.
    expect(job?.delay).toBe((48 * 60 + 30) * 60 * 1000);

    await takeStep(testApp, adviser, matchId, { action: 'withdraw' });
    const before = provider.sent.length;
    expect(await testApp.deps.useCases.sendDelivery.execute(reminder._id, { last: false })).toBe('skipped');
    expect((await smsDeliveries(matchId)).find((item) => item._id === reminder._id)).toEqual(
      expect.objectContaining({ status: 'failed', error: expect.stringMatching(/annulé ou déplacé/) }),
    );
    expect(provider.sent.length).toBe(before);
  });

  it('retry a provider that answers 500 twice, then send once; stop at once on a 400', async () => {
    provider.answerNext({ status: 500 }, { status: 500 });
    const first = await aProposal(testApp, { employer, adviser });
    await takeStep(testApp, employer, first.matchId, { action: 'request_interview' });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () => expect((await smsDeliveries(first.matchId))[0]?.status).toBe('sent'), 20_000, 200);

    provider.answerNext({ status: 400 });
    const second = await aProposal(testApp, { employer, adviser });
    await takeStep(testApp, employer, second.matchId, { action: 'request_interview' });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const failed = await eventually(async () => {
      const found = (await smsDeliveries(second.matchId))[0];
      expect(found?.status).toBe('failed');
      return found;
    }, 10_000);
    expect(failed?.error).toMatch(/400/);
  });

  it('write to a person without a mobile by e-mail: plain, no link into the application, their adviser to turn to', async () => {
    const before = mailSink.received.length;
    const { matchId } = await aMatch(
      testApp,
      { employer, adviser },
      {
        candidate: { contact: { firstName: 'Karim', lastName: 'Haddad', email: 'karim.haddad@example.test' } },
      },
    );
    await takeStep(testApp, employer, matchId, { action: 'request_interview' });
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const mail = await eventually(() => {
      const found = mailSink.received
        .slice(before)
        .find((item) =>
          (Array.isArray(item.to) ? item.to : [item.to]).some((to) => to?.text === 'karim.haddad@example.test'),
        );
      if (!found) throw new Error('no e-mail to the person yet');
      return Promise.resolve(found);
    }, 10_000);
    expect(mail.subject).toBe('[Passerelle] Un employeur souhaite vous rencontrer');
    expect(mail.text).toContain('Bonjour Karim,');
    expect(mail.text).toContain('un employeur souhaite vous rencontrer');
    expect(mail.text).toContain('adressez-vous à lui ou à elle');
    expect(mail.text).not.toContain('http');
    expect(await smsDeliveries(matchId)).toEqual([]);
  });
});

describe('erasure of a person', () => {
  it('takes the messages sent to them (their text and delivery log) with the profile', async () => {
    const { matchId, candidateId } = await aMatch(testApp, { employer, adviser });
    for (const body of [{ action: 'request_interview' }, { action: 'schedule_interview', interview }]) {
      await takeStep(testApp, employer, matchId, body);
    }
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () => expect((await smsDeliveries(matchId)).length).toBeGreaterThan(0), 10_000);

    await testApp
      .http()
      .delete(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .expect(204);

    const left = await testApp.deps.mongo
      .collection('notificationDeliveries')
      .find({ 'recipient.kind': 'candidate', 'recipient.id': candidateId } as never)
      .toArray();
    expect(left).toEqual([]);
  });
});
