import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let mailSink: MailSink;
let adminToken: string;

beforeAll(async () => {
  mailSink = await startMailSink();
  testApp = await startTestApp({ env: { SMTP_URL: mailSink.url, PUBLIC_BASE_URL: 'https://passerelle.example.test' } });
  workers = await startWorkers(testApp.deps, ['notifications']);
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await mailSink.close();
});

/** The link of the e-mail sent to this address, once the outbox is dispatched and the mail sent. */
async function linkMailedTo(email: string, path: string): Promise<{ token: string; text: string }> {
  await testApp.deps.useCases.dispatchDomainEvents.execute();
  return eventually(() => {
    const mail = [...mailSink.received]
      .reverse()
      .find((message) => message.to && JSON.stringify(message.to).includes(email));
    const text = mail?.text ?? '';
    const match = new RegExp(`https://passerelle\\.example\\.test${path}/([A-Za-z0-9_.-]+)`).exec(text);
    if (!match?.[1])
      throw new Error(
        `no ${path} link mailed to ${email} yet: ${mailSink.received.length} mails; ${text.slice(0, 400)}`,
      );
    return Promise.resolve({ token: match[1], text });
  }, 10_000);
}

describe('an invitation', () => {
  it('mails a single-use link to a page where the person chooses a password, then signs in', async () => {
    const employer = await anAccount(testApp, adminToken, 'employer');
    const invited = await testApp
      .http()
      .post(`/api/v1/organizations/${employer.organizationId}/invitations`)
      .set(...bearer(adminToken))
      .send({ email: 'Nouvelle.Recrue@example.test', displayName: 'Nouvelle Recrue', role: 'employer' })
      .expect(201);
    expect(JSON.stringify(invited.body)).not.toMatch(/token/i);

    const { token, text } = await linkMailedTo('nouvelle.recrue@example.test', '/invitation');
    expect(text).toMatch(/Choisissez votre mot de passe/);
    // The token is in no stored record: not in the outbox, not in the delivery.
    for (const collection of ['domainEvents', 'notificationDeliveries', 'invitations']) {
      const documents = await testApp.deps.mongo.collection(collection).find({}).toArray();
      expect(JSON.stringify(documents)).not.toContain(token);
    }

    const opened = await testApp.http().get(`/api/v1/invitations/${token}`).expect(200);
    expect(opened.body).toEqual(
      expect.objectContaining({
        email: 'nouvelle.recrue@example.test',
        role: 'employer',
        organizationName: expect.any(String),
      }),
    );
    await testApp
      .http()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'un-mot-de-passe-solide' })
      .expect(204);
    await login(testApp, { email: 'nouvelle.recrue@example.test', password: 'un-mot-de-passe-solide' });

    // Used up: the same link again, or a forged one, opens nothing.
    await testApp.http().get(`/api/v1/invitations/${token}`).expect(404);
    await testApp
      .http()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'un-autre-mot-de-passe' })
      .expect(404);
    await testApp
      .http()
      .get(`/api/v1/invitations/${token.slice(0, -2)}xx`)
      .expect(404);
  });

  it('lets an employer invite a colleague of their own role only, in their own organisation', async () => {
    const employer = await anAccount(testApp, adminToken, 'employer');
    const other = await anAccount(testApp, adminToken, 'employer');
    const invite = (organizationId: string, role: string, status: number) =>
      testApp
        .http()
        .post(`/api/v1/organizations/${organizationId}/invitations`)
        .set(...bearer(employer.accessToken))
        .send({ email: `collegue-${role}-${status}@example.test`, displayName: 'Collègue', role })
        .expect(status);
    await invite(employer.organizationId, 'employer', 201);
    await invite(employer.organizationId, 'admin', 403);
    await invite(other.organizationId, 'employer', 404);
    await testApp
      .http()
      .post(`/api/v1/organizations/${employer.organizationId}/invitations`)
      .set(...bearer(adminToken))
      .send({ email: employer.email, displayName: 'Déjà là', role: 'employer' })
      .expect(409);
  });
});

describe('a forgotten password', () => {
  it('answers the same for an unknown address, and mails a one-hour single-use link that ends every session', async () => {
    const adviser = await anAccount(testApp, adminToken, 'adviser');
    await testApp.http().post('/api/v1/auth/password-reset').send({ email: 'personne@example.test' }).expect(202);
    await testApp.http().post('/api/v1/auth/password-reset').send({ email: adviser.email }).expect(202);

    const { token } = await linkMailedTo(adviser.email, '/reinitialiser-mot-de-passe');
    expect(mailSink.received.some((mail) => JSON.stringify(mail.to).includes('personne@example.test'))).toBe(false);
    await testApp
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'nouveau-mot-de-passe-42' })
      .expect(204);

    await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(adviser.accessToken))
      .expect(401);
    await login(testApp, { email: adviser.email, password: 'nouveau-mot-de-passe-42' });
    await testApp
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'encore-un-autre-42' })
      .expect(404);
  });

  it('limits the requests for one address', async () => {
    const email = 'limite@example.test';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await testApp.http().post('/api/v1/auth/password-reset').send({ email }).expect(202);
    }
    const refused = await testApp.http().post('/api/v1/auth/password-reset').send({ email }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
