import type { UserRole } from '../../shared/domain/accounts/user';
import type { ApiClient, TestApp } from './testApp';

export const adminCredentials = { email: 'admin@territoire.test', password: 'admin-password-123' };

export async function bootstrapAdmin(testApp: TestApp): Promise<void> {
  await testApp.deps.useCases.ensureFirstAdmin.execute({ ...adminCredentials, territoryName: 'Territoire de test' });
}

export async function login(testApp: ApiClient, credentials: { email: string; password: string }) {
  const response = await testApp.http().post('/api/v1/auth/login').send(credentials).expect(200);
  return response.body as { accessToken: string; refreshToken: string };
}

export function bearer(token: string): [string, string] {
  return ['Authorization', `Bearer ${token}`];
}

let userCounter = 0;

/** Creates an organisation and one user in it through the admin API; returns the user's tokens. */
export async function anAccount(
  testApp: ApiClient,
  adminToken: string,
  role: Exclude<UserRole, 'admin'>,
): Promise<{ organizationId: string; email: string; password: string; accessToken: string; refreshToken: string }> {
  userCounter += 1;
  const organization =
    role === 'employer'
      ? { kind: 'employer', name: `Employeur ${userCounter}`, siret: '73282932000074' }
      : { kind: 'insertion', name: `Structure ${userCounter}`, structureType: 'mission_locale' };
  const created = await testApp
    .http()
    .post('/api/v1/organizations')
    .set(...bearer(adminToken))
    .send(organization)
    .expect(201);
  const organizationId = (created.body as { id: string }).id;
  const credentials = { email: `${role}${userCounter}@example.test`, password: 'a-long-password-42' };
  await testApp
    .http()
    .post(`/api/v1/organizations/${organizationId}/users`)
    .set(...bearer(adminToken))
    .send({ ...credentials, displayName: `Utilisateur ${userCounter}`, role })
    .expect(201);
  return { organizationId, ...credentials, ...(await login(testApp, credentials)) };
}
