import { demoPassword } from './seedDemoAccounts';

/**
 * Demo recruitment events, created through the public API once (when the territory has none): a
 * campaign with a job dating in Lille ten days ahead (Transports du Nord takes part with three
 * offers; the Lille adviser invites the people who fit best, eight at most, once they are indexed) and a
 * forum of trades a fortnight ahead, published, waiting for employers.
 */
async function call(baseUrl: string, token: string | null, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const parsed = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) throw new Error(`demo events: ${method} ${path} answered ${response.status}`);
  return parsed ?? {};
}

async function tokenOf(baseUrl: string, email: string): Promise<string> {
  return String(
    (await call(baseUrl, null, 'POST', '/api/v1/auth/login', { email, password: demoPassword })).accessToken,
  );
}

/** A day at 9:00 (or `hour`), Paris winter time, `days` from now. */
function dayAt(days: number, hour: number): Date {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  date.setUTCHours(hour - 1, 0, 0, 0);
  return date;
}

/**
 * Creates the demo events when the territory has none; returns the invitation step, to run once
 * the demo profiles are indexed (the import has just queued them), or null.
 */
export async function seedDemoEvents(baseUrl: string): Promise<(() => Promise<void>) | null> {
  const adviser = await tokenOf(baseUrl, 'conseillere@demo.passerelle.local');
  const existing = (await call(baseUrl, adviser, 'GET', '/api/v1/recruitment-events')).items as unknown[];
  if (existing.length > 0) return null;
  const employer = await tokenOf(baseUrl, 'recrutement@demo.passerelle.local');
  const employerId = String(((await call(baseUrl, employer, 'GET', '/api/v1/me')).organization as { id: string }).id);
  // Three of its offers in the Nord, where the job dating is.
  const offers = (
    (await call(baseUrl, employer, 'GET', '/api/v1/offers?status=published&limit=100')).items as {
      id: string;
      location: { departmentCode: string };
    }[]
  )
    .filter((offer) => offer.location.departmentCode === '59')
    .slice(0, 3);
  const campaign = await call(baseUrl, adviser, 'POST', '/api/v1/recruitment-campaigns', {
    name: 'Les clés pour réussir 2027 (démo)',
    from: dayAt(0, 9).toISOString(),
    to: dayAt(30, 18).toISOString(),
  });
  const event = async (body: Record<string, unknown>) => {
    const created = await call(baseUrl, adviser, 'POST', '/api/v1/recruitment-events', {
      campaignId: campaign.id,
      ...body,
    });
    await call(baseUrl, adviser, 'POST', `/api/v1/recruitment-events/${String(created.id)}/status`, {
      status: 'published',
    });
    return String(created.id);
  };
  const jobDating = await event({
    kind: 'job_dating',
    title: 'Job dating transport et logistique',
    description: 'Des entretiens de dix minutes avec des employeurs du transport qui recrutent. Venez avec votre CV.',
    startsAt: dayAt(10, 9).toISOString(),
    endsAt: dayAt(10, 12).toISOString(),
    place: { online: false, commune: { inseeCode: '59350' }, address: '2 rue de Tournai' },
    sectors: ['transport_logistics'],
    capacity: 25,
    registrationDeadline: dayAt(9, 18).toISOString(),
    participants: [{ organizationId: employerId, offerIds: offers.map((offer) => offer.id) }],
  });
  await event({
    kind: 'forum',
    title: 'Forum des métiers qui recrutent',
    description: 'BTP, industrie, services à la personne : rencontrez les employeurs du territoire.',
    startsAt: dayAt(15, 14).toISOString(),
    endsAt: dayAt(15, 17).toISOString(),
    place: { online: false, commune: { inseeCode: '59512' }, address: 'Salle Watremez, rue de l’Hospice' },
    sectors: ['construction', 'industry', 'home_services'],
    capacity: 150,
    registrationDeadline: dayAt(14, 18).toISOString(),
  });
  await call(baseUrl, employer, 'POST', `/api/v1/recruitment-events/${jobDating}/participation`, { accept: true });
  return () => inviteBestPeople(baseUrl, adviser, jobDating);
}

/** The people who fit best (eight at most), as soon as the index holds them (tried for two minutes). */
async function inviteBestPeople(baseUrl: string, adviser: string, eventId: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const invitees = (await call(baseUrl, adviser, 'GET', `/api/v1/recruitment-events/${eventId}/invitees?limit=8`))
      .items as { candidateId: string }[];
    if (invitees.length > 0) {
      await call(baseUrl, adviser, 'POST', `/api/v1/recruitment-events/${eventId}/invitations`, {
        candidateIds: invitees.map((item) => item.candidateId),
      });
      return;
    }
    await new Promise((done) => setTimeout(done, 3_000));
  }
}
