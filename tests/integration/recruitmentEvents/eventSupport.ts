import { bearer } from '../../support/accounts';
import type { ApiClient } from '../../support/testApp';

type Body = Record<string, unknown>;

/** A job dating in Lille on 15 December 2026 from 9:00 to 12:00 (Paris), 20 places, answers until the day before. */
export function aJobDating(overrides: Body = {}): Body {
  return {
    kind: 'job_dating',
    title: 'Job dating transport et logistique',
    description: 'Rencontrez des employeurs du transport qui recrutent.',
    startsAt: '2026-12-15T08:00:00Z',
    endsAt: '2026-12-15T11:00:00Z',
    place: { online: false, commune: { inseeCode: '59350' }, address: '2 rue de Tournai' },
    sectors: ['transport_logistics'],
    capacity: 20,
    registrationDeadline: '2026-12-14T17:00:00Z',
    ...overrides,
  };
}

export interface EventBody {
  id: string;
  status: string;
  registered: number;
  waitlisted: number;
  revision?: number;
}

/** Through the API: the adviser organises the event with these employers' offers and publishes it. */
export async function aPublishedEvent(
  testApp: ApiClient,
  organiser: string,
  participants: { organizationId: string; offerIds: string[] }[],
  overrides: Body = {},
): Promise<EventBody> {
  const created = await testApp
    .http()
    .post('/api/v1/recruitment-events')
    .set(...bearer(organiser))
    .send(aJobDating({ participants, ...overrides }))
    .expect(201);
  const id = (created.body as EventBody).id;
  const published = await testApp
    .http()
    .post(`/api/v1/recruitment-events/${id}/status`)
    .set(...bearer(organiser))
    .send({ status: 'published' })
    .expect(200);
  return published.body as EventBody;
}

export async function invite(testApp: ApiClient, adviser: string, eventId: string, candidateIds: string[]) {
  const response = await testApp
    .http()
    .post(`/api/v1/recruitment-events/${eventId}/invitations`)
    .set(...bearer(adviser))
    .send({ candidateIds })
    .expect(200);
  return response.body as { invited: number; alreadyInvited: number };
}
