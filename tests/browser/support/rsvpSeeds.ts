import { bearer, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { aCandidate } from '../../support/builders';
import type { ApiClient } from '../../support/testApp';
import { createCandidate } from '../../support/writes';

/** One API call that must answer `status`; else fails with the request and the whole answer, to report. */
export async function call(
  api: ApiClient,
  token: string,
  method: 'get' | 'post' | 'patch',
  path: string,
  status: number,
  body?: object,
): Promise<unknown> {
  const http = api.http();
  const request = (method === 'get' ? http.get(path) : method === 'post' ? http.post(path) : http.patch(path)).set(
    ...bearer(token),
  );
  const response = body ? await request.send(body) : await request;
  if (response.status !== status) {
    throw new Error(
      `${method.toUpperCase()} ${path} ${body ? JSON.stringify(body) : ''} → ${response.status} ${response.text}`,
    );
  }
  return response.body;
}

/** An organisation with a name people read on the pages, and one user in it; their sign-in and token. */
export async function aNamedAccount(
  api: ApiClient,
  adminToken: string,
  settings: { organization: object; role: 'adviser' | 'employer'; displayName: string; email: string },
) {
  const organization = (await call(api, adminToken, 'post', '/api/v1/organizations', 201, settings.organization)) as {
    id: string;
  };
  const credentials = { email: settings.email, password: 'a-long-password-42' };
  await call(api, adminToken, 'post', `/api/v1/organizations/${organization.id}/users`, 201, {
    ...credentials,
    displayName: settings.displayName,
    role: settings.role,
  });
  return { organizationId: organization.id, ...credentials, ...(await login(api, credentials)) };
}

const at = (daysFromNow: number, hourUtc: number, minute = 0) => {
  const day = new Date(Date.now() + daysFromNow * 24 * 3600 * 1000);
  day.setUTCHours(hourUtc, minute, 0, 0);
  return day.toISOString();
};

/** A consenting person of the adviser's structure who fits the driver offer, reachable by SMS. */
export async function aPersonToInvite(
  api: ApiClient,
  adviserToken: string,
  contact: { firstName: string; lastName: string; mobile: string },
): Promise<string> {
  const body = aCandidate()
    .consenting()
    .with({
      contact: { ...contact, email: `${contact.firstName.toLowerCase()}@example.test` },
      certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'],
    })
    .build();
  return (await createCandidate(api, adviserToken, body)).id;
}

/** Through the API, as an adviser organises it: a job dating in ten days, with the employer asked, published. */
export async function aPublishedJobDating(
  api: ApiClient,
  adviserToken: string,
  settings: { title: string; capacity: number; employer: { organizationId: string; offerIds: string[] } },
): Promise<{ id: string; startsAt: string }> {
  const startsAt = at(10, 8, 30);
  const created = (await call(api, adviserToken, 'post', '/api/v1/recruitment-events', 201, {
    kind: 'job_dating',
    title: settings.title,
    description: 'Venez rencontrer des employeurs du transport. Un café vous attend.',
    startsAt,
    endsAt: at(10, 11),
    registrationDeadline: at(9, 17),
    place: { online: false, commune: { inseeCode: '59350' }, address: '2 rue de Tournai' },
    sectors: ['transport_logistics'],
    capacity: settings.capacity,
    participants: [settings.employer],
  })) as { id: string };
  const { id } = created;
  await call(api, adviserToken, 'post', `/api/v1/recruitment-events/${id}/status`, 200, { status: 'published' });
  return { id, startsAt };
}

export async function invite(api: ApiClient, adviserToken: string, eventId: string, candidateIds: string[]) {
  return (await call(api, adviserToken, 'post', `/api/v1/recruitment-events/${eventId}/invitations`, 200, {
    candidateIds,
  })) as { invited: number; alreadyInvited: number };
}

/** The organiser moves the event to start in a few seconds (so that a test can live its day). */
export async function startSoon(api: ApiClient, adviserToken: string, eventId: string, inMs: number) {
  const from = Date.now();
  await call(api, adviserToken, 'patch', `/api/v1/recruitment-events/${eventId}`, 200, {
    registrationDeadline: new Date(from + inMs / 2).toISOString(),
    startsAt: new Date(from + inMs).toISOString(),
    endsAt: new Date(from + inMs + 2 * 3600 * 1000).toISOString(),
  });
}

/** On the day: the organiser checks someone in, then, once it has begun, records the event as held. */
export async function checkInAndHold(api: ApiClient, adviserToken: string, eventId: string, name: RegExp) {
  const list = (await call(api, adviserToken, 'get', `/api/v1/recruitment-events/${eventId}/attendance`, 200)) as {
    items: { invitationId: string; name: string }[];
  };
  const { items } = list;
  const attendee = items.find((item) => name.test(item.name));
  if (!attendee) throw new Error(`nobody named ${String(name)} in ${JSON.stringify(items)}`);
  const attendance = `/api/v1/recruitment-events/${eventId}/attendance/${encodeURIComponent(attendee.invitationId)}`;
  await call(api, adviserToken, 'post', attendance, 200, { present: true });
  await eventually(
    () => call(api, adviserToken, 'post', `/api/v1/recruitment-events/${eventId}/status`, 200, { status: 'held' }),
    20_000,
    500,
  );
}
