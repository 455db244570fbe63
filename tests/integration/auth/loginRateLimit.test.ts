import { adminCredentials, bootstrapAdmin } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

describe('login rate limit', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_ATTEMPTS_PER_IP: '8',
        LOGIN_RATE_WINDOW_SECONDS: '600',
        TRUST_PROXY: 'true',
      },
    });
    await bootstrapAdmin(testApp);
  });
  afterAll(() => testApp.close());

  const attempt = (email: string, password: string, ip = '203.0.113.1') =>
    testApp.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('locks an account after 3 failures with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 3; i += 1) expect((await attempt(adminCredentials.email, 'wrong-password')).status).toBe(401);

    const locked = await attempt(adminCredentials.email, adminCredentials.password);

    expect(locked.status).toBe(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(locked.body).toMatchObject({ status: 429, title: 'Trop de requêtes' });
  });

  it('limits the attempts of one client address across accounts', async () => {
    const responses = [];
    for (let i = 0; i < 9; i += 1)
      responses.push((await attempt(`someone${i}@example.test`, 'x', '203.0.113.2')).status);

    expect(responses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(responses[8]).toBe(429);
  });
});
