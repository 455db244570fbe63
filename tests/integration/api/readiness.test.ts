import { resolve } from 'node:path';
import { freePort } from '../../../infra/local/freePort';
import { startRedis, type LocalRedis } from '../../../infra/local/startRedis';
import { startTestApp, type TestApp } from '../../support/testApp';

/** This file stops Redis, so it runs its own instance rather than the one the other files share. */
let redis: LocalRedis;
let port: number;
let testApp: TestApp;
const dataDir = resolve(process.env.TEST_DATA_DIR ?? 'data', `readiness-redis-${process.pid}`);

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port, dataDir);
  testApp = await startTestApp({ env: { REDIS_URL: redis.url } });
});
afterAll(async () => {
  await testApp.close();
  await redis.stop();
});

async function pollReadiness(expectedStatus: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await testApp.http().get('/readyz');
    if (response.status === expectedStatus || Date.now() > deadline) return response;
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('/healthz and /readyz', () => {
  it('/healthz answers 200 without touching any dependency', async () => {
    await testApp.http().get('/healthz').expect(200, { status: 'ok' });
  });

  it('/readyz answers 200 with every dependency up', async () => {
    const response = await testApp.http().get('/readyz');

    expect(response.status).toBe(200);
    expect(response.body.checks).toEqual([
      { name: 'database', status: 'up' },
      { name: 'redis', status: 'up' },
      { name: 'search', status: 'up' },
    ]);
  });

  it('/readyz answers 503 naming Redis while it is stopped (and so does a request that needs it), and 200 again once it is back', async () => {
    await redis.stop();

    const down = await pollReadiness(503);

    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.body.detail).toContain('redis');
    expect(down.body.checks).toContainEqual({ name: 'redis', status: 'down' });
    expect(down.body.checks).toContainEqual({ name: 'database', status: 'up' });

    // A sign-in (its attempts are counted in Redis) is refused as unavailable, to retry: not a 500.
    const login = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'personne@example.test', password: 'a-long-password-42' });
    expect(login.status).toBe(503);
    expect(login.headers['retry-after']).toBe('5');
    expect(login.body).toMatchObject({ type: '/problems/service-unavailable', title: 'Service indisponible' });

    redis = await startRedis(port, dataDir);
    const back = await pollReadiness(200);

    expect(back.status).toBe(200);
  });
});
