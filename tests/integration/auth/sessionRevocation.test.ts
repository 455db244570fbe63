import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let adminToken: string;

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
});
afterAll(() => testApp.close());

const me = (accessToken: string) =>
  testApp
    .http()
    .get('/api/v1/me')
    .set(...bearer(accessToken));

const signIn = (account: { email: string; password: string }) =>
  login(testApp, { email: account.email, password: account.password });

const refresh = (refreshToken: string) => testApp.http().post('/api/v1/auth/refresh').send({ refreshToken });

describe('ending sessions ends their access tokens at once, not when they expire', () => {
  it('after a password change, every access token of the user gets 401, the caller’s included; a sign-in with the new password works', async () => {
    const account = await anAccount(testApp, adminToken, 'adviser');
    const otherDevice = await signIn(account);
    await me(account.accessToken).expect(200);

    await testApp
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(account.accessToken))
      .send({ currentPassword: account.password, newPassword: 'a-new-long-password-43' })
      .expect(204);

    const caller = await me(account.accessToken);
    expect(caller.status).toBe(401);
    expect(caller.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(caller.body).toMatchObject({
      type: '/problems/unauthenticated',
      detail: expect.stringMatching(/Session terminée/),
    });
    await me(otherDevice.accessToken).expect(401);
    const renewed = await login(testApp, { email: account.email, password: 'a-new-long-password-43' });
    await me(renewed.accessToken).expect(200);
  });

  it('a password change leaves the sessions of other users alone', async () => {
    const changing = await anAccount(testApp, adminToken, 'adviser');
    const bystander = await anAccount(testApp, adminToken, 'employer');

    await testApp
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(changing.accessToken))
      .send({ currentPassword: changing.password, newPassword: 'a-new-long-password-44' })
      .expect(204);

    await me(bystander.accessToken).expect(200);
  });

  it('after refresh-token reuse, the family’s access tokens get 401 while another session of the same user still works', async () => {
    const account = await anAccount(testApp, adminToken, 'employer');
    const stolen = await signIn(account);
    const otherSession = await signIn(account);
    const rotated = await refresh(stolen.refreshToken).expect(200);
    await me(rotated.body.accessToken).expect(200);

    await refresh(stolen.refreshToken).expect(401);

    await me(stolen.accessToken).expect(401);
    await me(rotated.body.accessToken).expect(401);
    await me(otherSession.accessToken).expect(200);
  });

  it('after logout, the session’s access token gets 401; another session of the user still works', async () => {
    const account = await anAccount(testApp, adminToken, 'adviser');
    const otherSession = await signIn(account);

    await testApp
      .http()
      .post('/api/v1/auth/logout')
      .set(...bearer(account.accessToken))
      .send({ refreshToken: account.refreshToken })
      .expect(204);

    await me(account.accessToken).expect(401);
    await me(otherSession.accessToken).expect(200);
  });

  it('keeps each mark in Redis no longer than the access tokens live', async () => {
    const account = await anAccount(testApp, adminToken, 'adviser');

    await testApp
      .http()
      .post('/api/v1/auth/logout')
      .set(...bearer(account.accessToken))
      .send({ refreshToken: account.refreshToken })
      .expect(204);

    const keys = await testApp.deps.redis.keys(`${testApp.deps.config.QUEUE_PREFIX}:revoked:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const ttlMs = await testApp.deps.redis.pttl(key);
      expect(ttlMs).toBeGreaterThan(0);
      expect(ttlMs).toBeLessThanOrEqual((testApp.deps.config.ACCESS_TOKEN_TTL_SECONDS + 5) * 1000);
    }
  });
});
