import { Argon2PasswordHasher } from '../../../shared/adapters/auth/Argon2PasswordHasher';
import { MongoOrganizationRepository } from '../../../shared/adapters/mongo/MongoOrganizationRepository';
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

async function anotherTerritoryAdmin(): Promise<string> {
  // A second territory with its own administrator, as another bootstrap would create them.
  const now = new Date();
  const territory = await new MongoOrganizationRepository(testApp.deps.mongo).create(
    { kind: 'territory', name: 'Autre territoire' },
    now,
  );
  const credentials = { email: 'admin@autre-territoire.test', password: 'another-admin-password' };
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

describe('organisations', () => {
  it('an admin creates an employer organisation in their territory and finds it in the list', async () => {
    const created = await testApp
      .http()
      .post('/api/v1/organizations')
      .set(...bearer(adminToken))
      .send({ kind: 'employer', name: 'Transports du Nord', siret: '73282932000074' });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'employer', name: 'Transports du Nord', siret: '73282932000074' });
    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(adminToken));
    expect(created.body.territoryId).toBe(me.body.organization.id);
    const list = await testApp
      .http()
      .get('/api/v1/organizations')
      .set(...bearer(adminToken))
      .expect(200);
    expect(list.body.items.map((organization: { id: string }) => organization.id)).toContain(created.body.id);
  });

  it('refuses a SIRET whose check digit is wrong, naming the field', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/organizations')
      .set(...bearer(adminToken))
      .send({ kind: 'employer', name: 'Garage', siret: '73282932000075' });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'siret', reason: expect.any(String) }]);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 3; i += 1) {
      await testApp
        .http()
        .post('/api/v1/organizations')
        .set(...bearer(adminToken))
        .send({ kind: 'insertion', name: `PLIE ${i}`, structureType: 'plie' })
        .expect(201);
    }

    const first = await testApp
      .http()
      .get('/api/v1/organizations?limit=2')
      .set(...bearer(adminToken))
      .expect(200);
    const second = await testApp
      .http()
      .get(`/api/v1/organizations?limit=2&after=${first.body.nextCursor}`)
      .set(...bearer(adminToken))
      .expect(200);

    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBe(first.body.items[1].id);
    const firstIds = first.body.items.map((organization: { id: string }) => organization.id);
    expect(second.body.items.some((organization: { id: string }) => firstIds.includes(organization.id))).toBe(false);
  });

  it('an admin of another territory neither lists nor reaches these organisations (404)', async () => {
    const otherToken = await anotherTerritoryAdmin();
    const ours = await testApp
      .http()
      .get('/api/v1/organizations')
      .set(...bearer(adminToken))
      .expect(200);
    const ourOrganizationId = ours.body.items[0].id as string;

    const theirList = await testApp
      .http()
      .get('/api/v1/organizations')
      .set(...bearer(otherToken))
      .expect(200);
    const theirUsersView = await testApp
      .http()
      .get(`/api/v1/organizations/${ourOrganizationId}/users`)
      .set(...bearer(otherToken));

    expect(theirList.body.items.map((organization: { id: string }) => organization.id)).not.toContain(
      ourOrganizationId,
    );
    expect(theirUsersView.status).toBe(404);
  });
});

describe('users', () => {
  it('an admin creates an adviser who can then log in; the password hash is never returned', async () => {
    const adviser = await anAccount(testApp, adminToken, 'adviser');

    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(adviser.accessToken))
      .expect(200);
    const users = await testApp
      .http()
      .get(`/api/v1/organizations/${adviser.organizationId}/users`)
      .set(...bearer(adminToken))
      .expect(200);

    expect(me.body.user).toMatchObject({ role: 'adviser', organizationId: adviser.organizationId });
    expect(users.body.items).toHaveLength(1);
    expect(JSON.stringify(users.body)).not.toMatch(/passwordHash|argon2/);
  });

  it('stores passwords hashed with argon2id', async () => {
    const adviser = await anAccount(testApp, adminToken, 'adviser');

    const stored = await testApp.deps.mongo.collection('users').findOne({ email: adviser.email });

    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a role that does not fit the organisation (an employer account in an insertion structure)', async () => {
    const adviser = await anAccount(testApp, adminToken, 'adviser');

    const response = await testApp
      .http()
      .post(`/api/v1/organizations/${adviser.organizationId}/users`)
      .set(...bearer(adminToken))
      .send({ email: 'boss@example.test', displayName: 'Boss', role: 'employer', password: 'a-long-password-42' });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'role', reason: expect.any(String) }]);
  });

  it('refuses a second account with the same email (409), whatever its case', async () => {
    const employer = await anAccount(testApp, adminToken, 'employer');

    const response = await testApp
      .http()
      .post(`/api/v1/organizations/${employer.organizationId}/users`)
      .set(...bearer(adminToken))
      .send({
        email: employer.email.toUpperCase(),
        displayName: 'Doublon',
        role: 'employer',
        password: 'a-long-password-42',
      });

    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 404 for an organisation id that does not exist', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/organizations/0123456789abcdef01234567/users')
      .set(...bearer(adminToken));

    expect(response.status).toBe(404);
  });
});

describe('admin routes refuse other roles', () => {
  it.each(['adviser', 'employer'] as const)('an %s calling an admin route gets 403 problem+json', async (role) => {
    const account = await anAccount(testApp, adminToken, role);

    const list = await testApp
      .http()
      .get('/api/v1/organizations')
      .set(...bearer(account.accessToken));
    const create = await testApp
      .http()
      .post(`/api/v1/organizations/${account.organizationId}/users`)
      .set(...bearer(account.accessToken))
      .send({ email: 'x@example.test', displayName: 'X', role, password: 'a-long-password-42' });

    expect(list.status).toBe(403);
    expect(list.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(list.body).toMatchObject({ type: '/problems/forbidden', title: 'Accès refusé' });
    expect(create.status).toBe(403);
  });
});
