import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { aProposal, takeStep } from '../../support/proposals';
import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let employer: string;
let colleague: string;
let otherEmployer: string;
let adviser: string;
let mailSink: MailSink;
let adminToken: string;
let employerOrganizationId: string;

interface NotificationPage {
  items: { id: string; category: string; title: string; body: string; link: string; readAt: string | null }[];
  unreadCount: number;
}

beforeAll(async () => {
  // E-mails of the same events go to a local SMTP server (email.test.ts reads them).
  mailSink = await startMailSink();
  testApp = await startTestApp({ env: { MATCHING_DEBOUNCE_MS: '20', SMTP_URL: mailSink.url } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching', 'notifications']);
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
  const employerAccount = await anAccount(testApp, adminToken, 'employer');
  employerOrganizationId = employerAccount.organizationId;
  employer = employerAccount.accessToken;
  const colleagueCredentials = { email: 'collegue@example.test', password: 'a-long-password-42' };
  await testApp
    .http()
    .post(`/api/v1/organizations/${employerAccount.organizationId}/users`)
    .set(...bearer(adminToken))
    .send({ ...colleagueCredentials, displayName: 'Collègue', role: 'employer' })
    .expect(201);
  colleague = (await login(testApp, colleagueCredentials)).accessToken;
  otherEmployer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await mailSink.close();
});

async function notificationsOf(token: string, query = ''): Promise<NotificationPage> {
  const response = await testApp
    .http()
    .get(`/api/v1/me/notifications${query}`)
    .set(...bearer(token))
    .expect(200);
  return response.body as NotificationPage;
}

/** The adviser's notifications other than new suggestions (their own test is in dailyDigest.test.ts). */
async function pipelineNotificationsOf(token: string, query = ''): Promise<NotificationPage['items']> {
  return (await notificationsOf(token, query)).items.filter((item) => item.category !== 'suggestions');
}

async function proposal(): Promise<string> {
  return (await aProposal(testApp, { employer, adviser }, { title: 'Conducteur PL Roubaix' })).matchId;
}

describe('in-app notifications', () => {
  it('tell every member of the employer organisation of a proposal, once, and nobody else', async () => {
    const matchId = await proposal();

    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    for (const token of [employer, colleague]) {
      const page = await eventually(async () => {
        const current = await notificationsOf(token);
        expect(current.items).toHaveLength(1);
        return current;
      });
      expect(page.items[0]).toEqual(
        expect.objectContaining({
          category: 'proposals',
          title: 'Nouvelle candidature proposée',
          link: `/mises-en-relation/${matchId}`,
          readAt: null,
        }),
      );
      expect(page.items[0]?.body).toContain('Conducteur PL Roubaix');
      expect(page.unreadCount).toBe(1);
    }
    expect((await notificationsOf(otherEmployer)).items).toEqual([]);
    // Shortlisting and proposing are the adviser's own steps: nothing for them (but the new suggestion).
    expect(await pipelineNotificationsOf(adviser)).toEqual([]);
  });

  it('tell the adviser of the employer’s answer; read one, read all, unread filter', async () => {
    const matchId = await proposal();
    await takeStep(testApp, employer, matchId, { action: 'decline', reason: 'no_position' });
    await testApp.deps.useCases.dispatchDomainEvents.execute();

    const items = await eventually(async () => {
      const current = await pipelineNotificationsOf(adviser);
      expect(current).toHaveLength(1);
      return current;
    });
    expect(items[0]).toEqual(expect.objectContaining({ category: 'outcomes', title: 'Candidature déclinée' }));
    expect(items[0]?.body).toContain('Motif : Plus de poste à pourvoir');

    const id = items[0]?.id ?? '';
    await testApp
      .http()
      .post(`/api/v1/me/notifications/${id}/read`)
      .set(...bearer(employer))
      .expect(404);
    await testApp
      .http()
      .post(`/api/v1/me/notifications/${id}/read`)
      .set(...bearer(adviser))
      .expect(204);
    await testApp
      .http()
      .post(`/api/v1/me/notifications/${id}/read`)
      .set(...bearer(adviser))
      .expect(204);
    expect(await pipelineNotificationsOf(adviser, '?unread=true')).toEqual([]);
    await testApp
      .http()
      .post('/api/v1/me/notifications/read-all')
      .set(...bearer(adviser))
      .expect(204);
    expect((await notificationsOf(adviser)).unreadCount).toBe(0);

    await testApp
      .http()
      .post('/api/v1/me/notifications/read-all')
      .set(...bearer(employer))
      .expect(204);
    expect((await notificationsOf(employer)).unreadCount).toBe(0);
  });

  it('sends a delivery at most once, even when its job runs twice', async () => {
    await proposal();
    const before = (await notificationsOf(colleague)).items.length;
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () => expect((await notificationsOf(colleague)).items).toHaveLength(before + 1));

    await eventually(async () =>
      expect(await testApp.deps.mongo.collection('notificationDeliveries').countDocuments({ status: 'queued' })).toBe(
        0,
      ),
    );
    const deliveries = await testApp.deps.mongo.collection<{ _id: string }>('notificationDeliveries').find().toArray();
    for (const delivery of deliveries) {
      expect(await testApp.deps.useCases.sendDelivery.execute(delivery._id, { last: false })).toBe('skipped');
    }
    expect((await notificationsOf(colleague)).items).toHaveLength(before + 1);
  });

  it('follow the recipient’s preferences; locked categories cannot be turned off (400 naming the entry)', async () => {
    const turnedOff = await testApp
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(...bearer(colleague))
      .send({ preferences: [{ category: 'proposals', channel: 'in_app', enabled: false, frequency: 'immediate' }] })
      .expect(200);
    expect(turnedOff.body).toContainEqual({
      category: 'proposals',
      channel: 'in_app',
      enabled: false,
      frequency: 'immediate',
      locked: false,
    });
    const refused = await testApp
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(...bearer(colleague))
      .send({ preferences: [{ category: 'security', channel: 'email', enabled: false, frequency: 'immediate' }] })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'preferences.0.enabled' })]);

    const before = await notificationsOf(colleague);
    const employerBefore = await notificationsOf(employer);
    await proposal();
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () =>
      expect((await notificationsOf(employer)).items).toHaveLength(employerBefore.items.length + 1),
    );
    expect((await notificationsOf(colleague)).items).toHaveLength(before.items.length);
  });
});

describe('a deactivated user', () => {
  it('is told nothing more (no delivery on any channel), while colleagues still are', async () => {
    const credentials = { email: 'partie@example.test', password: 'a-long-password-42' };
    const created = await testApp
      .http()
      .post(`/api/v1/organizations/${employerOrganizationId}/users`)
      .set(...bearer(adminToken))
      .send({ ...credentials, displayName: 'Partie', role: 'employer' })
      .expect(201);
    const leaverId = (created.body as { id: string }).id;
    await testApp
      .http()
      .post(`/api/v1/organizations/${employerOrganizationId}/users/${leaverId}/deactivate`)
      .set(...bearer(adminToken))
      .expect(200);

    const { matchId } = await aProposal(testApp, { employer, adviser }, { title: 'Conducteur PL Tourcoing' });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(async () => {
      const links = (await notificationsOf(employer)).items.map((item) => item.link);
      expect(links).toContain(`/mises-en-relation/${matchId}`);
    });
    // The dispatch that told the colleague wrote every delivery of the event, e-mails included.
    const deliveries = await testApp
      .http()
      .get(`/api/v1/notifications/deliveries?recipient=${leaverId}`)
      .set(...bearer(adminToken))
      .expect(200);
    expect(deliveries.body).toEqual([]);
  });
});
