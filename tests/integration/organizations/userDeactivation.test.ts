import { Argon2PasswordHasher } from '../../../shared/adapters/auth/Argon2PasswordHasher';
import { MongoOrganizationRepository } from '../../../shared/adapters/mongo/MongoOrganizationRepository';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let adminToken: string;
let adminUserId: string;
let territoryId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
  const admin = await me(adminToken).expect(200);
  adminUserId = admin.body.user.id;
  territoryId = admin.body.organization.id;
});
afterAll(() => testApp.close());

function me(accessToken: string) {
  return testApp
    .http()
    .get('/api/v1/me')
    .set(...bearer(accessToken));
}

/** An account with its user id, and a second session of it (another device). */
async function anAccountWithTwoSessions(role: 'adviser' | 'employer') {
  const account = await anAccount(testApp, adminToken, role);
  const userId = (await me(account.accessToken).expect(200)).body.user.id as string;
  const otherSession = await login(testApp, { email: account.email, password: account.password });
  return { ...account, userId, otherSession };
}

const userAction = (token: string, organizationId: string, userId: string, action: 'deactivate' | 'reactivate') =>
  testApp
    .http()
    .post(`/api/v1/organizations/${organizationId}/users/${userId}/${action}`)
    .set(...bearer(token));

const signIn = (credentials: { email: string; password: string }) =>
  testApp.http().post('/api/v1/auth/login').send({ email: credentials.email, password: credentials.password });

describe('deactivating a user', () => {
  it('ends every session at once: the user’s access tokens get 401, refresh and sign-in are refused', async () => {
    const account = await anAccountWithTwoSessions('adviser');

    const deactivated = await userAction(adminToken, account.organizationId, account.userId, 'deactivate').expect(200);

    expect(deactivated.body).toMatchObject({ id: account.userId, deactivatedAt: expect.any(String) });
    await me(account.accessToken).expect(401);
    await me(account.otherSession.accessToken).expect(401);
    await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: account.refreshToken }).expect(401);
    await testApp
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: account.otherSession.refreshToken })
      .expect(401);
  });

  it('refuses sign-in with the right password exactly as a wrong password is refused', async () => {
    const account = await anAccountWithTwoSessions('employer');
    const wrongPassword = await signIn({ email: account.email, password: 'not-the-password' }).expect(401);

    await userAction(adminToken, account.organizationId, account.userId, 'deactivate').expect(200);
    const rightPassword = await signIn(account).expect(401);

    expect(rightPassword.body).toEqual(wrongPassword.body);
  });

  it('lists the user as deactivated, and deactivating again keeps the first date', async () => {
    const account = await anAccountWithTwoSessions('adviser');
    const first = await userAction(adminToken, account.organizationId, account.userId, 'deactivate').expect(200);

    const again = await userAction(adminToken, account.organizationId, account.userId, 'deactivate').expect(200);
    const list = await testApp
      .http()
      .get(`/api/v1/organizations/${account.organizationId}/users`)
      .set(...bearer(adminToken))
      .expect(200);

    expect(again.body.deactivatedAt).toBe(first.body.deactivatedAt);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: account.userId, deactivatedAt: first.body.deactivatedAt }),
    ]);
  });

  it('reactivation lets the user sign in again; the tokens deactivation ended stay ended', async () => {
    const account = await anAccountWithTwoSessions('employer');
    await userAction(adminToken, account.organizationId, account.userId, 'deactivate').expect(200);

    const reactivated = await userAction(adminToken, account.organizationId, account.userId, 'reactivate').expect(200);

    expect(reactivated.body.deactivatedAt).toBeNull();
    await me(account.accessToken).expect(401);
    await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: account.refreshToken }).expect(401);
    const session = (await signIn(account).expect(200)).body as { accessToken: string };
    await me(session.accessToken).expect(200);
  });

  it('leaves the other users of the organisation signed in', async () => {
    const account = await anAccountWithTwoSessions('adviser');
    const colleague = { email: `colleague-${account.userId}@example.test`, password: 'a-long-password-42' };
    await testApp
      .http()
      .post(`/api/v1/organizations/${account.organizationId}/users`)
      .set(...bearer(adminToken))
      .send({ ...colleague, displayName: 'Collègue', role: 'adviser' })
      .expect(201);
    const colleagueSession = await login(testApp, colleague);

    await userAction(adminToken, account.organizationId, account.userId, 'deactivate').expect(200);

    await me(colleagueSession.accessToken).expect(200);
  });

  it('an administrator of another territory does not reach the user (404), and nothing changes', async () => {
    const account = await anAccountWithTwoSessions('adviser');
    const otherAdminToken = await anotherTerritoryAdmin();

    await userAction(otherAdminToken, account.organizationId, account.userId, 'deactivate').expect(404);

    await me(account.accessToken).expect(200);
  });

  it('answers 404 for a user of another organisation of the same territory (the pair must match)', async () => {
    const account = await anAccountWithTwoSessions('adviser');
    const elsewhere = await anAccount(testApp, adminToken, 'employer');

    await userAction(adminToken, elsewhere.organizationId, account.userId, 'deactivate').expect(404);
    await userAction(adminToken, elsewhere.organizationId, account.userId, 'reactivate').expect(404);

    await me(account.accessToken).expect(200);
  });

  it('refuses it to non-administrators (403) and refuses an administrator their own account (409)', async () => {
    const account = await anAccountWithTwoSessions('adviser');

    await userAction(account.accessToken, account.organizationId, account.userId, 'deactivate').expect(403);
    await userAction(adminToken, territoryId, adminUserId, 'deactivate').expect(409);

    await me(adminToken).expect(200);
  });
});

async function anotherTerritoryAdmin(): Promise<string> {
  const now = new Date();
  const territory = await new MongoOrganizationRepository(testApp.deps.mongo).create(
    { kind: 'territory', name: 'Autre territoire' },
    now,
  );
  const credentials = { email: `admin-${territory.id}@autre-territoire.test`, password: 'another-admin-password' };
  await testApp.deps.repositories.users.create(
    {
      organizationId: territory.id,
      email: credentials.email,
      displayName: 'Autre admin',
      role: 'admin',
      passwordHash: await new Argon2PasswordHasher().hash(credentials.password),
    },
    now,
  );
  return (await login(testApp, credentials)).accessToken;
}
