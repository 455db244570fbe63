import {
  watchWholeCollectionReads,
  type WholeCollectionReadWatch,
} from '../../../shared/adapters/mongo/wholeCollectionReads';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let watch: WholeCollectionReadWatch;
let adminToken: string;

const credentialsOf = ({ email, password }: { email: string; password: string }) => ({ email, password });

/** Reads of the accounts' and webhooks' collections whole since the last call. */
const accountScans = () =>
  watch.take().filter((read) => read.collection === 'users' || read.collection === 'webhookSubscriptions');

beforeAll(async () => {
  testApp = await startTestApp({ monitorCommands: true });
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
  watch = watchWholeCollectionReads(testApp.deps.mongo);
});
afterAll(async () => {
  watch?.stop();
  await testApp.close();
});

describe('the accounts and the webhooks', () => {
  it('sign in, list an organisation’s members and switch an account off and on, reading accounts by key', async () => {
    const employer = await anAccount(testApp, adminToken, 'employer');
    const other = await anAccount(testApp, adminToken, 'employer');
    accountScans();

    const session = await login(testApp, credentialsOf(employer));
    const members = await testApp
      .http()
      .get(`/api/v1/organizations/${employer.organizationId}/users`)
      .set(...bearer(session.accessToken))
      .expect(200);
    const items = (members.body as { items: { id: string; email: string }[] }).items;
    expect(items.map((user) => user.email)).toEqual([employer.email]);
    // Another organisation's members are not among them, and the wrong password still fails.
    await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ email: other.email, password: 'wrong-password-00' })
      .expect(401);
    await testApp
      .http()
      .post(`/api/v1/organizations/${employer.organizationId}/users/${items[0]!.id}/deactivate`)
      .set(...bearer(adminToken))
      .expect(200);
    await testApp.http().post('/api/v1/auth/login').send(credentialsOf(employer)).expect(401);
    await testApp
      .http()
      .post(`/api/v1/organizations/${other.organizationId}/users/${items[0]!.id}/reactivate`)
      .set(...bearer(adminToken))
      .expect(404);
    await testApp
      .http()
      .post(`/api/v1/organizations/${employer.organizationId}/users/${items[0]!.id}/reactivate`)
      .set(...bearer(adminToken))
      .expect(200);
    await login(testApp, credentialsOf(employer));
    expect(accountScans()).toEqual([]);
  });

  it('find an account again once its lists are rebuilt from the database', async () => {
    const adviser = await anAccount(testApp, adminToken, 'adviser');
    const { redis, config } = testApp.deps;
    const keys = await redis.keys(`${config.QUEUE_PREFIX}:lists:${config.MONGO_DB_NAME}:u:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    await testApp.http().post('/api/v1/auth/login').send(credentialsOf(adviser)).expect(401);

    await testApp.deps.repositories.users.rebuildLists();
    await login(testApp, credentialsOf(adviser));
  });

  it('register, list and delete an organisation’s webhooks by key', async () => {
    const employer = await anAccount(testApp, adminToken, 'employer');
    const other = await anAccount(testApp, adminToken, 'employer');
    accountScans();
    const registered = await testApp
      .http()
      .post(`/api/v1/organizations/${employer.organizationId}/webhooks`)
      .set(...bearer(employer.accessToken))
      .send({ url: 'http://127.0.0.1:9/passerelle', events: ['match.proposed'] })
      .expect(201);
    const webhookId = (registered.body as { id: string }).id;
    const list = async (account: { organizationId: string; accessToken: string }) =>
      (
        await testApp
          .http()
          .get(`/api/v1/organizations/${account.organizationId}/webhooks`)
          .set(...bearer(account.accessToken))
          .expect(200)
      ).body as { id: string }[];
    expect((await list(employer)).map((webhook) => webhook.id)).toEqual([webhookId]);
    expect(await list(other)).toEqual([]);
    // Another organisation cannot delete it.
    await testApp
      .http()
      .delete(`/api/v1/organizations/${other.organizationId}/webhooks/${webhookId}`)
      .set(...bearer(other.accessToken))
      .expect(404);
    await testApp
      .http()
      .delete(`/api/v1/organizations/${employer.organizationId}/webhooks/${webhookId}`)
      .set(...bearer(employer.accessToken))
      .expect(204);
    expect(await list(employer)).toEqual([]);
    expect(accountScans()).toEqual([]);
  });
});
