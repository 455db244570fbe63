import { freePort } from '../../infra/local/freePort';
import { anAccount, bearer, login } from '../support/accounts';
import { aCandidate, anOffer } from '../support/builders';
import { eventually } from '../support/eventually';
import { processEnv, runEntryPoint, type RunningProcess } from '../support/processes';
import { testConfig } from '../support/testConfig';
import { remoteApi, type ApiClient } from '../support/testApp';
import { createCandidate, publishOffer } from '../support/writes';

const onMeilisearch = process.env.TEST_SEARCH_ENGINE === 'meilisearch';

/**
 * With Meilisearch, any number of API and worker processes share one Redis, one database and
 * one search server: what is written through one API is searched and matched through the other.
 */
describe('two API processes and two worker processes', () => {
  if (!onMeilisearch) {
    // Visible in the run's output: scale-out needs a shared search server.
    it.skip('skipped: runs on Meilisearch only (TEST_SEARCH_ENGINE=meilisearch, set by npm test with MEILI_URL)', () =>
      undefined);
    return;
  }

  const admin = { email: 'admin@scale.test', password: 'scale-admin-password' };
  const env = { ...processEnv(testConfig()), ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password };
  const processes: RunningProcess[] = [];
  const apis: ApiClient[] = [];

  beforeAll(async () => {
    for (let index = 0; index < 2; index += 1) {
      const port = await freePort();
      const api = runEntryPoint('services/api/main.ts', { ...env, HTTP_PORT: String(port) });
      processes.push(api);
      await api.waitForOutput(/api listening/, 60_000);
      apis.push(remoteApi(`http://127.0.0.1:${port}`));
    }
    for (let index = 0; index < 2; index += 1) {
      const workers = runEntryPoint('workers/main.ts', env);
      processes.push(workers);
      await workers.waitForOutput(/workers started/, 60_000);
    }
  }, 150_000);
  afterAll(async () => {
    for (const child of processes) child.child.kill('SIGTERM');
    await Promise.all(processes.map((child) => child.exited));
  });

  it('search and match through one API what was written through the other', async () => {
    const [first, second] = apis as [ApiClient, ApiClient];
    const adminToken = (await login(first, admin)).accessToken;
    const employer = (await anAccount(first, adminToken, 'employer')).accessToken;
    const adviser = (await anAccount(second, adminToken, 'adviser')).accessToken;

    const offerId = await publishOffer(first, employer, anOffer().with({ title: 'Cariste scale-out' }).build());
    const { id: candidateId } = await createCandidate(
      second,
      adviser,
      aCandidate()
        .consenting()
        .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
        .build(),
    );

    await eventually(async () => {
      const found = await second
        .http()
        .get('/api/v1/offers/search?q=cariste')
        .set(...bearer(adviser))
        .expect(200);
      expect((found.body as { items: { offer: { id: string } }[] }).items.map((item) => item.offer.id)).toContain(
        offerId,
      );
    }, 90_000);
    await eventually(async () => {
      const suggestions = await first
        .http()
        .get(`/api/v1/offers/${offerId}/suggestions`)
        .set(...bearer(adviser))
        .expect(200);
      expect(
        (suggestions.body as { items: { candidateId: string }[] }).items.map((item) => item.candidateId),
      ).toContain(candidateId);
    }, 90_000);
  }, 240_000);
});
