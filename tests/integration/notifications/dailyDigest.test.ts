import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { eventually } from '../../support/eventually';
import { aProposal } from '../../support/proposals';
import { queuesSettled } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createCandidate, publishOffer } from '../../support/writes';

// Monday 24 November 2026, 10:00 in Paris (UTC+1).
let current = new Date('2026-11-24T09:00:00Z');
const clock = { now: () => current };

let testApp: TestApp;
let workers: RunningWorkers;
let mailSink: MailSink;
let employer: { accessToken: string; email: string };
let adviser: { accessToken: string; email: string };

beforeAll(async () => {
  mailSink = await startMailSink();
  testApp = await startTestApp({ clock, env: { MATCHING_DEBOUNCE_MS: '20', SMTP_URL: mailSink.url } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching', 'notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await anAccount(testApp, adminToken, 'employer');
  adviser = await anAccount(testApp, adminToken, 'adviser');
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await mailSink.close();
});

interface Notification {
  category: string;
  title: string;
  body: string;
  link: string;
}

async function notificationsOf(token: string, category: string): Promise<Notification[]> {
  const response = await testApp
    .http()
    .get('/api/v1/me/notifications')
    .set(...bearer(token))
    .expect(200);
  return (response.body as { items: Notification[] }).items.filter((item) => item.category === category);
}

const mailsTo = (email: string) =>
  mailSink.received.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text === email));

async function queuesSettledNotifications(): Promise<void> {
  await eventually(async () => {
    const counts = await testApp.deps.queues.notifications.getJobCounts('waiting', 'active', 'delayed');
    expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0 });
  });
}

const fitting = () =>
  aCandidate()
    .consenting()
    .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
    .build();

describe('new suggestions and the daily digest', () => {
  it('tell the referent adviser at once in the application of the people newly suggested for an offer, once', async () => {
    await createCandidate(testApp, adviser.accessToken, fitting());
    await createCandidate(testApp, adviser.accessToken, fitting());
    await queuesSettled(testApp);
    const offerId = await publishOffer(
      testApp,
      employer.accessToken,
      anOffer().with({ title: 'Cariste Tourcoing' }).build(),
    );
    await queuesSettled(testApp);
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const [notification] = await eventually(async () => {
      const found = await notificationsOf(adviser.accessToken, 'suggestions');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(notification).toEqual({
      category: 'suggestions',
      title: '2 nouvelles suggestions',
      body: '2 personnes que vous suivez correspondent à l’offre « Cariste Tourcoing ». Examinez-les avant de les proposer.',
      link: `/offres/${offerId}/suggestions`,
      id: expect.any(String),
      createdAt: expect.any(String),
      readAt: null,
      userId: expect.any(String),
    });
    // E-mail for suggestions is a daily digest by default: nothing by e-mail now.
    expect(mailsTo(adviser.email)).toEqual([]);
    // The employer is never told of suggestions (a person reaches them only once proposed).
    expect(await notificationsOf(employer.accessToken, 'suggestions')).toEqual([]);

    // Recomputing the same list tells nobody again; nor does a person the adviser adds afterwards
    // (the offer did not change: the adviser sees that person's suggestions where they add them).
    await testApp.deps.useCases.computeSuggestions.execute({ entity: 'offer', id: offerId });
    await createCandidate(testApp, adviser.accessToken, fitting());
    await queuesSettled(testApp);
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    expect(await notificationsOf(adviser.accessToken, 'suggestions')).toHaveLength(1);
    const suggested = await testApp
      .http()
      .get(`/api/v1/offers/${offerId}/suggestions`)
      .set(...bearer(adviser.accessToken))
      .expect(200);
    expect((suggested.body as { items: unknown[] }).items).toHaveLength(3);

    // The employer edits the offer so that it fits one more person: that one is told, alone.
    await createCandidate(testApp, adviser.accessToken, aCandidate().consenting().build()); // no FIMO
    await queuesSettled(testApp);
    await testApp
      .http()
      .patch(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer.accessToken))
      .send({ requiredCertifications: ['PERMIS_C'] })
      .expect(200);
    await queuesSettled(testApp);
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const after = await eventually(async () => {
      const found = await notificationsOf(adviser.accessToken, 'suggestions');
      expect(found).toHaveLength(2);
      return found;
    });
    // A dispatch repeated after a crash (events not yet marked handled) adds nothing.
    const digestItems = testApp.deps.mongo.collection('digestItems');
    const itemsBefore = await digestItems.countDocuments({});
    expect(itemsBefore).toBe(2);
    const handled = await testApp.deps.mongo
      .collection('domainEvents')
      .find({ type: 'offer.new_suggestions' })
      .toArray();
    await testApp.deps.mongo.collection('notificationInbox').insertMany(handled);
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    expect(await digestItems.countDocuments({})).toBe(itemsBefore);
    await queuesSettledNotifications();
    expect(await notificationsOf(adviser.accessToken, 'suggestions')).toHaveLength(2);
    // (The test's clock stands still: both notifications bear the same time, so no order is assumed.)
    const added = after.find((item) => item.title === 'Nouvelle suggestion');
    expect(added?.body).toContain('Une personne que vous suivez correspond à l’offre « Cariste Tourcoing »');
  });

  it('gather the items of the period into one e-mail at 08:30, sent once even when two workers run the digest', async () => {
    await testApp
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(...bearer(employer.accessToken))
      .send({ preferences: [{ category: 'proposals', channel: 'email', enabled: true, frequency: 'daily' }] })
      .expect(200);
    const titles = ['Magasinier Lens', 'Préparateur Arras', 'Chauffeur Béthune'];
    for (const title of titles) {
      await aProposal(testApp, { employer: employer.accessToken, adviser: adviser.accessToken }, { title });
    }
    await queuesSettled(testApp);
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () => expect(await notificationsOf(employer.accessToken, 'proposals')).toHaveLength(3));
    expect(mailsTo(employer.email)).toEqual([]);

    // Tuesday 08:29 in Paris: not yet.
    current = new Date('2026-11-25T07:29:00Z');
    expect(await testApp.deps.useCases.scheduleDailyDigests.execute()).toBe(0);

    // 08:31: two workers run the digest job at the same moment.
    current = new Date('2026-11-25T07:31:00Z');
    const digest = testApp.deps.useCases.scheduleDailyDigests;
    const created = await Promise.all([digest.execute(), digest.execute()]);
    expect(created[0] + created[1]).toBe(2); // the employer's and the adviser's

    const [mail] = await eventually(() => {
      expect(mailsTo(employer.email)).toHaveLength(1);
      return Promise.resolve(mailsTo(employer.email));
    }, 10_000);
    expect(mail?.subject).toBe('[Passerelle] Votre récapitulatif du jour : 3 nouveautés');
    expect(mail?.text).toContain('Candidatures proposées (3)');
    for (const title of titles) expect(mail?.text).toContain(`« ${title} »`);
    await eventually(() => Promise.resolve(expect(mailsTo(adviser.email)).toHaveLength(1)), 10_000);
    expect(mailsTo(adviser.email)[0]?.text).toContain('Nouvelles suggestions');

    // Running it again the same day sends nothing more; the record shows what was sent.
    expect(await digest.execute()).toBe(0);
    await queuesSettled(testApp);
    const deliveries = await testApp
      .http()
      .get('/api/v1/notifications/deliveries?status=sent')
      .set(...bearer((await login(testApp, adminCredentials)).accessToken))
      .expect(200);
    const digests = (deliveries.body as { category: string; message: { body: string } }[]).filter(
      (delivery) => delivery.category === 'digest',
    );
    expect(digests).toHaveLength(2);
    expect(digests.map((delivery) => delivery.message.body).join('\n')).toContain('Magasinier Lens');
    await new Promise((done) => setTimeout(done, 300));
    expect(mailsTo(employer.email)).toHaveLength(1);
  });

  it('refuse a daily frequency outside e-mail (400 naming the entry)', async () => {
    const refused = await testApp
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(...bearer(adviser.accessToken))
      .send({ preferences: [{ category: 'suggestions', channel: 'in_app', enabled: true, frequency: 'daily' }] })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'preferences.0.frequency' })]);
  });
});
