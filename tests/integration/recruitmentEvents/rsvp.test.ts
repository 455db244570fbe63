import { HmacLinkTokens } from '../../../shared/adapters/auth/HmacLinkTokens';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { startLocalSmsProvider, type LocalSmsProvider } from '../../../infra/local/smsProvider';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { eventually } from '../../support/eventually';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createCandidate, publishOffer } from '../../support/writes';
import { aPublishedEvent, invite, type EventBody } from './eventSupport';

// 10:00 in Paris, a week before the job dating.
let current = new Date('2026-12-08T09:00:00Z');
const clock = { now: () => current };

let testApp: TestApp;
let workers: RunningWorkers;
let provider: LocalSmsProvider;
let adviser: { accessToken: string; organizationId: string };
let employer: { accessToken: string; organizationId: string };
let offerId: string;
let tokens: HmacLinkTokens;

interface RsvpBody {
  firstName: string;
  status: string;
  open: boolean;
  event: { title: string; employers: string[] };
}

beforeAll(async () => {
  provider = await startLocalSmsProvider({ apiKey: 'test-key', statusSecret: 'rsvp-status-secret-for-tests' });
  testApp = await startTestApp({
    clock,
    env: { SMS_PROVIDER_URL: provider.url, SMS_API_KEY: 'test-key', SMS_STATUS_SECRET: 'rsvp-status-secret-for-tests' },
  });
  workers = await startWorkers(testApp.deps, ['notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await anAccount(testApp, adminToken, 'employer');
  adviser = await anAccount(testApp, adminToken, 'adviser');
  offerId = await publishOffer(testApp, employer.accessToken, anOffer().build());
  tokens = new HmacLinkTokens(testApp.deps.config.JWT_SECRET);
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await provider.close();
});
beforeEach(() => {
  current = new Date('2026-12-08T09:00:00Z');
});

/** Names hold no digit: 0 → « a », 27 → « bb »… */
const letters = (index: number) => String.fromCharCode(97 + (index % 26)).repeat(1 + Math.floor(index / 26));

async function people(count: number, mobile = true): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const contact = {
      firstName: `Personne${letters(index)}`,
      lastName: 'Test',
      email: `personne${index}@example.test`,
      ...(mobile
        ? {
            mobile: `06 12 34 ${String(10 + (index % 90)).padStart(2, '0')} ${String(10 + Math.floor(index / 90)).padStart(2, '0')}`,
          }
        : {}),
    };
    ids.push(
      (await createCandidate(testApp, adviser.accessToken, aCandidate().consenting().with({ contact }).build())).id,
    );
  }
  return ids;
}

const event = (overrides: Record<string, unknown> = {}) =>
  aPublishedEvent(
    testApp,
    adviser.accessToken,
    [{ organizationId: employer.organizationId, offerIds: [offerId] }],
    overrides,
  );

const tokenOf = (eventId: string, candidateId: string) =>
  tokens.sign('event_rsvp', `${eventId}:${candidateId}`, new Date('2026-12-15T11:00:00Z'));

const answer = (token: string, value: 'yes' | 'no', status = 200) =>
  testApp.http().post(`/api/v1/rsvp/${token}`).send({ answer: value }).expect(status);

const invitationsOf = (eventId: string) =>
  testApp.deps.mongo
    .collection<{ _id: string; status: string; candidateId: string }>('eventInvitations')
    .find({ eventId } as never)
    .toArray();

const readEvent = async (id: string) =>
  (
    await testApp
      .http()
      .get(`/api/v1/recruitment-events/${id}`)
      .set(...bearer(adviser.accessToken))
      .expect(200)
  ).body as EventBody;

describe('answering an invitation from its link, without an account', () => {
  it('opens with the person’s first name and the event, then registers them', async () => {
    const [candidateId = ''] = await people(1);
    const { id } = await event();
    await invite(testApp, adviser.accessToken, id, [candidateId]);
    const token = tokenOf(id, candidateId);
    const opened = (await testApp.http().get(`/api/v1/rsvp/${token}`).expect(200)).body as RsvpBody;
    expect(opened).toMatchObject({ firstName: 'Personnea', status: 'invited', open: true });
    expect(opened.event.employers).toEqual([expect.stringContaining('Employeur')]);
    expect(((await answer(token, 'yes')).body as RsvpBody).status).toBe('registered');
    // Saying it twice changes nothing.
    expect(((await answer(token, 'yes')).body as RsvpBody).status).toBe('registered');
    expect((await readEvent(id)).registered).toBe(1);
  });

  it('refuses a forged, tampered, expired or unknown link with a French problem', async () => {
    const [candidateId = ''] = await people(1);
    const { id } = await event();
    await invite(testApp, adviser.accessToken, id, [candidateId]);
    const good = tokenOf(id, candidateId);
    const [payload = '', mac = ''] = good.split('.');
    const otherPerson = Buffer.from(
      JSON.stringify({ p: 'event_rsvp', i: `${id}:000000000000000000000000`, e: Date.parse('2026-12-15T11:00:00Z') }),
    ).toString('base64url');
    const expired = tokens.sign('event_rsvp', `${id}:${candidateId}`, new Date('2026-12-01T00:00:00Z'));
    const wrongPurpose = tokens.sign('invitation', `${id}:${candidateId}`, new Date('2026-12-15T11:00:00Z'));
    for (const token of [
      `${otherPerson}.${mac}`,
      `${payload}.${mac.slice(0, -2)}xx`,
      expired,
      wrongPurpose,
      'not-a-token-at-all',
    ]) {
      const response = await testApp.http().get(`/api/v1/rsvp/${token}`).expect(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((response.body as { detail: string }).detail).toMatch(/lien n’est plus valable/);
      await answer(token, 'yes', 404);
    }
  });

  it('gives exactly the capacity to 50 people answering « je viens » at once, the others on the waiting list', async () => {
    const ids = await people(50, false);
    const { id } = await event({ capacity: 20 });
    await invite(testApp, adviser.accessToken, id, ids);
    const answers = await Promise.all(ids.map((candidateId) => answer(tokenOf(id, candidateId), 'yes')));
    const statuses = answers.map((response) => (response.body as RsvpBody).status);
    expect(statuses.filter((status) => status === 'registered')).toHaveLength(20);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(30);
    const stored = await invitationsOf(id);
    expect(stored.filter((item) => item.status === 'registered')).toHaveLength(20);
    expect(stored.filter((item) => item.status === 'waitlisted')).toHaveLength(30);
    const seats = await testApp.deps.mongo
      .collection('eventSeats')
      .countDocuments({ eventId: id, invitationId: { $exists: true } });
    expect(seats).toBe(20);
    expect(await readEvent(id)).toMatchObject({ registered: 20, waitlisted: 30 });
  });

  it('moves the first of the waiting list up when someone declines, and tells them by SMS', async () => {
    const ids = await people(3);
    const [first = '', second = '', third = ''] = ids;
    const { id } = await event({ capacity: 1, title: 'Job dating à une place' });
    await invite(testApp, adviser.accessToken, id, ids);
    await answer(tokenOf(id, first), 'yes');
    current = new Date('2026-12-08T09:01:00Z');
    await answer(tokenOf(id, second), 'yes');
    current = new Date('2026-12-08T09:02:00Z');
    await answer(tokenOf(id, third), 'yes');
    const before = provider.sent.length;
    current = new Date('2026-12-08T10:00:00Z');
    expect(((await answer(tokenOf(id, first), 'no')).body as RsvpBody).status).toBe('declined');
    const statusOf = async (candidateId: string) =>
      (
        (
          await testApp
            .http()
            .get(`/api/v1/rsvp/${tokenOf(id, candidateId)}`)
            .expect(200)
        ).body as RsvpBody
      ).status;
    expect(await statusOf(second)).toBe('registered');
    expect(await statusOf(third)).toBe('waitlisted');

    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const sms = await eventually(() => {
      const found = provider.sent.slice(before).find((item) => item.text.includes('une place s’est libérée'));
      if (!found) throw new Error('no SMS yet');
      return Promise.resolve(found);
    }, 10_000);
    expect(sms.text).toContain('« Job dating à une place » le 15/12 à 9 h 00, 2 rue de Tournai, 59000 Lille');
    const link = /http\S+\/reponse\/(\S+)/.exec(sms.text);
    expect(link).not.toBeNull();
    const fromSms = (
      await testApp
        .http()
        .get(`/api/v1/rsvp/${link?.[1] ?? ''}`)
        .expect(200)
    ).body as RsvpBody;
    expect(fromSms.status).toBe('registered');
  });

  it('tells the registered and the waiting of a new time, calls the waiting list up when places are added, and tells everyone of a cancellation', async () => {
    const ids = await people(2);
    const [first = '', second = ''] = ids;
    const { id } = await event({ capacity: 1, title: 'Forum qui bouge' });
    await invite(testApp, adviser.accessToken, id, ids);
    await answer(tokenOf(id, first), 'yes');
    await answer(tokenOf(id, second), 'yes');
    const patch = (body: Record<string, unknown>) =>
      testApp
        .http()
        .patch(`/api/v1/recruitment-events/${id}`)
        .set(...bearer(adviser.accessToken))
        .send(body)
        .expect(200);
    const before = provider.sent.length;
    await patch({
      startsAt: '2026-12-16T13:00:00Z',
      endsAt: '2026-12-16T16:00:00Z',
      registrationDeadline: '2026-12-15T17:00:00Z',
    });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const texts = async (pattern: string, count: number) =>
      eventually(() => {
        const found = provider.sent.slice(before).filter((sms) => sms.text.includes(pattern));
        if (found.length < count) throw new Error(`${found.length} SMS « ${pattern} »`);
        return Promise.resolve(found);
      }, 10_000);
    const changed = await texts('changement pour « Forum qui bouge » le 16/12 à 14 h 00', 2);
    expect(changed).toHaveLength(2);

    expect((await patch({ capacity: 2 })).body).toMatchObject({ registered: 2, waitlisted: 0 });
    await testApp
      .http()
      .post(`/api/v1/recruitment-events/${id}/status`)
      .set(...bearer(adviser.accessToken))
      .send({ status: 'cancelled' })
      .expect(200);
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await texts('« Forum qui bouge » le 16/12 à 14 h 00 est annulé', 2);
    const view = (
      await testApp
        .http()
        .get(`/api/v1/rsvp/${tokenOf(id, first)}`)
        .expect(200)
    ).body as RsvpBody;
    expect(view.open).toBe(false);
  });

  it('closes answers after the deadline', async () => {
    const [candidateId = ''] = await people(1);
    const { id } = await event();
    await invite(testApp, adviser.accessToken, id, [candidateId]);
    current = new Date('2026-12-14T18:00:00Z');
    const token = tokenOf(id, candidateId);
    expect(((await testApp.http().get(`/api/v1/rsvp/${token}`).expect(200)).body as RsvpBody).open).toBe(false);
    await answer(token, 'yes', 409);
  });
});
