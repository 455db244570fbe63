/**
 * Demo accounts for a local run, created through the public API as the administrator, so they
 * go through the same validation as any other. Idempotent: what exists already is kept.
 */
interface DemoAccount {
  organization: Record<string, string> & { name: string };
  user: { email: string; displayName: string; role: 'adviser' | 'employer' };
}

export const demoPassword = 'demo-passerelle-2026';

const demoAccounts: DemoAccount[] = [
  {
    organization: { kind: 'insertion', name: 'Mission locale de Lille (démo)', structureType: 'mission_locale' },
    user: { email: 'conseillere@demo.passerelle.local', displayName: 'Camille Conseillère', role: 'adviser' },
  },
  {
    organization: { kind: 'employer', name: 'Transports du Nord (démo)', siret: '73282932000074' },
    user: { email: 'recrutement@demo.passerelle.local', displayName: 'Dominique Recruteur', role: 'employer' },
  },
];

async function call(baseUrl: string, token: string | null, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

export async function seedDemoAccounts(
  baseUrl: string,
  admin: { email: string; password: string },
): Promise<DemoAccount['user'][]> {
  const login = await call(baseUrl, null, 'POST', '/api/v1/auth/login', admin);
  const token = login.body?.accessToken;
  if (login.status !== 200 || typeof token !== 'string')
    throw new Error(`demo seed: admin login answered ${login.status}`);

  const listed = await call(baseUrl, token, 'GET', '/api/v1/organizations?limit=100');
  const existing = (listed.body?.items ?? []) as { id: string; name: string }[];
  for (const { organization, user } of demoAccounts) {
    let organizationId = existing.find((candidate) => candidate.name === organization.name)?.id;
    if (!organizationId) {
      const created = await call(baseUrl, token, 'POST', '/api/v1/organizations', organization);
      if (created.status !== 201) throw new Error(`demo seed: ${organization.name} answered ${created.status}`);
      organizationId = String(created.body?.id);
    }
    const createdUser = await call(baseUrl, token, 'POST', `/api/v1/organizations/${organizationId}/users`, {
      ...user,
      password: demoPassword,
    });
    // 409: the account exists from an earlier start.
    if (createdUser.status !== 201 && createdUser.status !== 409) {
      throw new Error(`demo seed: ${user.email} answered ${createdUser.status}`);
    }
  }
  return demoAccounts.map(({ user }) => user);
}
