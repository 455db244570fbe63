import { adminCredentials, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
});
afterAll(() => testApp.close());

function refresh(refreshToken: string) {
  return testApp.http().post('/api/v1/auth/refresh').send({ refreshToken });
}

describe('refresh tokens', () => {
  it('rotates: a refresh gives a new pair, and the new refresh token works in turn', async () => {
    const first = await login(testApp, adminCredentials);

    const second = await refresh(first.refreshToken);
    const third = await refresh(second.body.refreshToken);

    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(third.status).toBe(200);
    await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(third.body.accessToken))
      .expect(200);
  });

  it('stores refresh tokens hashed, never as issued', async () => {
    const tokens = await login(testApp, adminCredentials);

    const stored = await testApp.deps.mongo.collection('refresh_tokens').find({}).toArray();

    expect(JSON.stringify(stored)).not.toContain(tokens.refreshToken);
  });

  it('on reuse of a rotated token, refuses it and revokes the whole family', async () => {
    const first = await login(testApp, adminCredentials);
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);

    const replay = await refresh(first.refreshToken);
    const legitimateNext = await refresh(second.body.refreshToken);

    expect(replay.status).toBe(401);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(legitimateNext.status).toBe(401);
  });

  it('does not revoke the sessions of other logins when one family is revoked', async () => {
    const stolen = await login(testApp, adminCredentials);
    const otherDevice = await login(testApp, adminCredentials);
    await refresh(stolen.refreshToken);
    await refresh(stolen.refreshToken);

    expect((await refresh(otherDevice.refreshToken)).status).toBe(200);
  });

  it('refuses an unknown refresh token with 401', async () => {
    expect((await refresh('not-a-token-we-issued')).status).toBe(401);
  });

  it('logout revokes the session: its refresh token no longer works, twice is harmless', async () => {
    const tokens = await login(testApp, adminCredentials);
    const otherSession = await login(testApp, adminCredentials);

    await testApp
      .http()
      .post('/api/v1/auth/logout')
      .set(...bearer(tokens.accessToken))
      .send({ refreshToken: tokens.refreshToken })
      .expect(204);
    // The session's own access token ended with it: a second logout comes from another session.
    await testApp
      .http()
      .post('/api/v1/auth/logout')
      .set(...bearer(otherSession.accessToken))
      .send({ refreshToken: tokens.refreshToken })
      .expect(204);

    expect((await refresh(tokens.refreshToken)).status).toBe(401);
    expect((await refresh(otherSession.refreshToken)).status).toBe(200);
  });
});
