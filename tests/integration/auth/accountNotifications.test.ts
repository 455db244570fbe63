import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let mailSink: MailSink;
let account: { email: string; password: string; accessToken: string; refreshToken: string };

beforeAll(async () => {
  mailSink = await startMailSink();
  testApp = await startTestApp({ env: { SMTP_URL: mailSink.url } });
  workers = await startWorkers(testApp.deps, ['notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  account = await anAccount(testApp, adminToken, 'adviser');
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await mailSink.close();
});

async function securityNotifications(token: string): Promise<{ title: string; body: string }[]> {
  await testApp.deps.useCases.dispatchDomainEvents.execute();
  const response = await testApp
    .http()
    .get('/api/v1/me/notifications')
    .set(...bearer(token))
    .expect(200);
  return (response.body as { items: { category: string; title: string; body: string }[] }).items.filter(
    (item) => item.category === 'security',
  );
}

const loginFrom = (userAgent: string, password = account.password) =>
  testApp.http().post('/api/v1/auth/login').set('User-Agent', userAgent).send({ email: account.email, password });

const mailsTo = (email: string) =>
  mailSink.received.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text === email));

describe('account events', () => {
  it('tell the user of a sign-in from a device the account never used, in the application and by e-mail, once', async () => {
    // The account's first sign-in (anAccount) set the known device; the same one again is not news.
    await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(200);
    expect(await securityNotifications(account.accessToken)).toEqual([]);

    await loginFrom('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0').expect(200);
    await loginFrom('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0').expect(200);

    const notifications = await eventually(async () => {
      const found = await securityNotifications(account.accessToken);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(notifications[0]?.title).toBe('Nouvelle connexion à votre compte');
    expect(notifications[0]?.body).toContain('Si ce n’était pas vous, changez votre mot de passe');
    await eventually(() =>
      Promise.resolve(
        expect(mailsTo(account.email).map((mail) => mail.subject)).toEqual([
          '[Passerelle] Nouvelle connexion à votre compte',
        ]),
      ),
    );
  });

  it('change the password: the current one is checked, every session ends, the user is told', async () => {
    const wrong = await testApp
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(account.accessToken))
      .send({ currentPassword: 'not-the-password', newPassword: 'a-new-long-password-43' })
      .expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    const short = await testApp
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(account.accessToken))
      .send({ currentPassword: account.password, newPassword: 'short' })
      .expect(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'newPassword' })]);

    await testApp
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(account.accessToken))
      .send({ currentPassword: account.password, newPassword: 'a-new-long-password-43' })
      .expect(204);

    await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: account.refreshToken }).expect(401);
    await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(401);
    const renewed = await login(testApp, { email: account.email, password: 'a-new-long-password-43' });
    const titles = await eventually(async () => {
      const found = (await securityNotifications(renewed.accessToken)).map((item) => item.title);
      expect(found).toContain('Votre mot de passe a été modifié');
      return found;
    });
    expect(titles.filter((title) => title === 'Votre mot de passe a été modifié')).toHaveLength(1);
    await eventually(() =>
      Promise.resolve(
        expect(mailsTo(account.email).map((mail) => mail.subject)).toContain(
          '[Passerelle] Votre mot de passe a été modifié',
        ),
      ),
    );
  });
});
