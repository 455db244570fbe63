import { resolve } from 'node:path';
import { freePort } from '../../../infra/local/freePort';
import { startRedis, type LocalRedis } from '../../../infra/local/startRedis';
import { adminCredentials, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

/** This file stops Redis, so it runs its own instance rather than the one the other files share. */
let redis: LocalRedis;
let port: number;
let testApp: TestApp;
const dataDir = resolve(process.env.TEST_DATA_DIR ?? 'data', `revocation-redis-${process.pid}`);

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port, dataDir);
  testApp = await startTestApp({ env: { REDIS_URL: redis.url } });
  await bootstrapAdmin(testApp);
});
afterAll(async () => {
  await testApp.close();
  await redis.stop();
});

const sectors = (accessToken: string) =>
  testApp
    .http()
    .get('/api/v1/reference/sectors')
    .set(...bearer(accessToken));

async function pollSectors(accessToken: string, expectedStatus: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await sectors(accessToken);
    if (response.status === expectedStatus || Date.now() > deadline) return response;
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('the session check when Redis is down', () => {
  it('answers 503 problem+json (never 200) while Redis is stopped, and 200 again once it is back', async () => {
    const { accessToken } = await login(testApp, adminCredentials);
    await sectors(accessToken).expect(200);

    await redis.stop();
    const down = await sectors(accessToken);

    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.body).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
    expect(down.body).not.toHaveProperty('items');

    redis = await startRedis(port, dataDir);
    const back = await pollSectors(accessToken, 200);

    expect(back.status).toBe(200);
  });
});
