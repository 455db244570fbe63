/**
 * Demo organisations and accounts for a local run, created through the public API as the
 * administrator, so they go through the same validation as any other. Idempotent: what exists
 * already is kept, and the caller learns which organisations are new (their demo data is then
 * imported).
 */
export interface DemoOrganization {
  organization: Record<string, string> & { name: string };
  user: { email: string; displayName: string; role: 'adviser' | 'employer' };
  /** What the demo data of this organisation looks like. */
  data: { kind: 'offers' | 'candidates'; count: number; departments: string[]; sectors: string[]; seed: number };
}

export const demoPassword = 'demo-passerelle-2026';

const allSectors = ['transport_logistics', 'construction', 'industry', 'home_services', 'digital'];

export const demoOrganizations: DemoOrganization[] = [
  {
    organization: { kind: 'insertion', name: 'Mission locale de Lille (démo)', structureType: 'mission_locale' },
    user: { email: 'conseillere@demo.passerelle.local', displayName: 'Camille Conseillère', role: 'adviser' },
    data: { kind: 'candidates', count: 120, departments: ['59'], sectors: allSectors, seed: 101 },
  },
  {
    organization: { kind: 'insertion', name: 'PLIE de Lens-Liévin (démo)', structureType: 'plie' },
    user: { email: 'referent.lens@demo.passerelle.local', displayName: 'Karim Référent', role: 'adviser' },
    data: { kind: 'candidates', count: 80, departments: ['62'], sectors: allSectors, seed: 102 },
  },
  {
    organization: { kind: 'insertion', name: 'Département du Val-de-Marne (démo)', structureType: 'departement' },
    user: { email: 'rsa.creteil@demo.passerelle.local', displayName: 'Nadia Référente RSA', role: 'adviser' },
    data: { kind: 'candidates', count: 80, departments: ['94'], sectors: allSectors, seed: 103 },
  },
  {
    organization: { kind: 'employer', name: 'Transports du Nord (démo)', siret: '73282932000074' },
    user: { email: 'recrutement@demo.passerelle.local', displayName: 'Dominique Recruteur', role: 'employer' },
    data: { kind: 'offers', count: 40, departments: ['59', '62'], sectors: ['transport_logistics'], seed: 201 },
  },
  {
    organization: { kind: 'employer', name: 'Bâtir Artois (démo)', siret: '84123456700011' },
    user: { email: 'rh@batir-artois.demo.passerelle.local', displayName: 'Sylvie Chef de chantier', role: 'employer' },
    data: { kind: 'offers', count: 30, departments: ['62', '59'], sectors: ['construction'], seed: 202 },
  },
  {
    organization: { kind: 'employer', name: 'Mécanique de Douai (démo)', siret: '85234567800019' },
    user: { email: 'emploi@meca-douai.demo.passerelle.local', displayName: 'Hugo Responsable RH', role: 'employer' },
    data: { kind: 'offers', count: 30, departments: ['59', '62'], sectors: ['industry'], seed: 203 },
  },
  {
    organization: { kind: 'employer', name: 'Aide à domicile Val-de-Marne (démo)', siret: '86345678900016' },
    user: { email: 'recrutement@sad94.demo.passerelle.local', displayName: 'Fatou Coordinatrice', role: 'employer' },
    data: { kind: 'offers', count: 30, departments: ['94'], sectors: ['home_services'], seed: 204 },
  },
  {
    organization: { kind: 'employer', name: 'Numérique Solidaire Créteil (démo)', siret: '87456789000015' },
    user: { email: 'jobs@numerique-creteil.demo.passerelle.local', displayName: 'Léo Lead dev', role: 'employer' },
    data: { kind: 'offers', count: 20, departments: ['94'], sectors: ['digital'], seed: 205 },
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

/** Creates what is missing; returns the demo organisations created by this call. */
export async function seedDemoAccounts(
  baseUrl: string,
  admin: { email: string; password: string },
): Promise<DemoOrganization[]> {
  const login = await call(baseUrl, null, 'POST', '/api/v1/auth/login', admin);
  const token = login.body?.accessToken;
  if (login.status !== 200 || typeof token !== 'string')
    throw new Error(`demo seed: admin login answered ${login.status}`);

  const listed = await call(baseUrl, token, 'GET', '/api/v1/organizations?limit=100');
  const existing = (listed.body?.items ?? []) as { id: string; name: string }[];
  const created: DemoOrganization[] = [];
  for (const demo of demoOrganizations) {
    let organizationId = existing.find((candidate) => candidate.name === demo.organization.name)?.id;
    if (!organizationId) {
      const response = await call(baseUrl, token, 'POST', '/api/v1/organizations', demo.organization);
      if (response.status !== 201) throw new Error(`demo seed: ${demo.organization.name} answered ${response.status}`);
      organizationId = String(response.body?.id);
      created.push(demo);
    }
    const createdUser = await call(baseUrl, token, 'POST', `/api/v1/organizations/${organizationId}/users`, {
      ...demo.user,
      password: demoPassword,
    });
    // 409: the account exists from an earlier start.
    if (createdUser.status !== 201 && createdUser.status !== 409) {
      throw new Error(`demo seed: ${demo.user.email} answered ${createdUser.status}`);
    }
  }
  return created;
}
