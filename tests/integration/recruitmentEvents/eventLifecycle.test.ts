import { toMatchCandidate, toMatchOffer } from '../../../shared/domain/matching/matchInputs';
import { fitsForEvent } from '../../../shared/domain/recruitmentEvents/eventFit';
import { HmacLinkTokens } from '../../../shared/adapters/auth/HmacLinkTokens';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { startLocalSmsProvider, type LocalSmsProvider } from '../../../infra/local/smsProvider';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { eventually } from '../../support/eventually';
import { queuesSettled } from '../../support/queues';
import { referenceJobs } from '../../support/referenceJobs';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createCandidate, publishOffer } from '../../support/writes';
import { aPublishedEvent, invite } from './eventSupport';

// 10:00 in Paris, a week before the job dating (15/12, 9:00 to 12:00).
let current = new Date('2026-12-08T09:00:00Z');
const clock = { now: () => current };

let testApp: TestApp;
let workers: RunningWorkers;
let provider: LocalSmsProvider;
let adviser: { accessToken: string; organizationId: string };
let otherAdviser: { accessToken: string; organizationId: string };
let employer: { accessToken: string; organizationId: string };
let strangerEmployer: { accessToken: string; organizationId: string };
let offerId: string;
let people: Record<'fits' | 'noConsent' | 'tooFar' | 'evening' | 'otherJob' | 'otherStructure', string>;
let eventId: string;

const driver = { certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] };
const contact = (firstName: string, mobile: string) => ({ firstName, lastName: 'Martin', email: null, mobile });

beforeAll(async () => {
  provider = await startLocalSmsProvider({ apiKey: 'test-key', statusSecret: 'event-status-secret-for-tests' });
  testApp = await startTestApp({
    clock,
    env: {
      SMS_PROVIDER_URL: provider.url,
      SMS_API_KEY: 'test-key',
      SMS_STATUS_SECRET: 'event-status-secret-for-tests',
      MATCHING_DEBOUNCE_MS: '20',
    },
  });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching', 'notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await anAccount(testApp, adminToken, 'employer');
  strangerEmployer = await anAccount(testApp, adminToken, 'employer');
  adviser = await anAccount(testApp, adminToken, 'adviser');
  otherAdviser = await anAccount(testApp, adminToken, 'adviser');
  offerId = await publishOffer(testApp, employer.accessToken, anOffer().build());
  const person = async (token: string, body: Record<string, unknown>) =>
    (await createCandidate(testApp, token, body)).id;
  people = {
    fits: await person(
      adviser.accessToken,
      aCandidate()
        .consenting()
        .with({ ...driver, contact: contact('Amina', '06 11 11 11 11') })
        .build(),
    ),
    noConsent: await person(
      adviser.accessToken,
      aCandidate()
        .consenting(false)
        .with({ ...driver, contact: contact('Bruno', '06 22 22 22 22') })
        .build(),
    ),
    tooFar: await person(
      adviser.accessToken,
      aCandidate()
        .consenting()
        .livingIn({ postalCode: '75001', name: 'Paris' })
        .with({ ...driver, contact: contact('Chloé', '06 33 33 33 33') })
        .build(),
    ),
    evening: await person(
      adviser.accessToken,
      aCandidate()
        .consenting()
        .with({
          ...driver,
          contact: contact('Driss', '06 44 44 44 44'),
          availability: { workingTime: 'full_time', schedules: ['day'], earliestStartHour: 13 },
        })
        .build(),
    ),
    otherJob: await person(
      adviser.accessToken,
      aCandidate()
        .consenting()
        .with({ ...driver, desiredJobs: [{ romeCode: 'K2204' }], contact: contact('Emma', '06 55 55 55 55') })
        .build(),
    ),
    otherStructure: await person(
      otherAdviser.accessToken,
      aCandidate()
        .consenting()
        .with({ ...driver, contact: contact('Farid', '06 66 66 66 66') })
        .build(),
    ),
  };
  await queuesSettled(testApp);
  eventId = (
    await aPublishedEvent(testApp, adviser.accessToken, [
      { organizationId: employer.organizationId, offerIds: [offerId] },
    ])
  ).id;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await provider.close();
});

interface InviteesBody {
  items: { candidateId: string; consented: boolean; fits: { offerId: string; score: number; met: string[] }[] }[];
}

const get = (path: string, token: string, status = 200) =>
  testApp
    .http()
    .get(`/api/v1/recruitment-events/${eventId}${path}`)
    .set(...bearer(token))
    .expect(status);
const post = (path: string, token: string, body: Record<string, unknown>, status = 200) =>
  testApp
    .http()
    .post(`/api/v1/recruitment-events/${eventId}${path}`)
    .set(...bearer(token))
    .send(body)
    .expect(status);
const tokenOf = (candidateId: string) =>
  new HmacLinkTokens(testApp.deps.config.JWT_SECRET).sign(
    'event_rsvp',
    `${eventId}:${candidateId}`,
    new Date('2026-12-15T11:00:00Z'),
  );
const deliveriesOf = (candidateId: string) =>
  testApp.deps.mongo
    .collection<{ _id: string; status: string; channel: string; error: string | null }>('notificationDeliveries')
    .find({ 'recipient.id': candidateId } as never)
    .toArray();

describe('a job dating, from the invitations to its figures', () => {
  it('lists as invitees exactly the people of the adviser’s structure a scan finds fit and able to come', async () => {
    const body = (await get('/invitees', adviser.accessToken)).body as InviteesBody;
    const listed = body.items.map((item) => item.candidateId).sort();

    const offer = await testApp.deps.repositories.offers.findById(offerId);
    const event = await testApp.deps.useCases.getRecruitmentEvent.execute({
      actor: { userId: 'x', organizationId: adviser.organizationId, role: 'adviser' },
      eventId,
    });
    const scanned = (
      await testApp.deps.repositories.candidates.listInOrganization(adviser.organizationId, {}, { limit: 100 })
    )
      .filter(
        (profile) =>
          fitsForEvent([toMatchOffer(offer!)], toMatchCandidate(profile), {
            place: event.place,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            now: current,
            jobs: referenceJobs,
          }).length > 0,
      )
      .map((profile) => profile.id)
      .sort();
    expect(listed).toEqual(scanned);
    expect(listed).toEqual([people.fits, people.noConsent].sort());
    const noConsent = body.items.find((item) => item.candidateId === people.noConsent);
    expect(noConsent?.consented).toBe(false);
    expect(body.items[0]?.fits[0]).toMatchObject({ offerId, score: expect.any(Number) });
    expect(body.items[0]?.fits[0]?.met.length).toBeGreaterThan(0);
    // Another structure's adviser sees their own people only; an employer, none.
    const other = (await get('/invitees', otherAdviser.accessToken)).body as InviteesBody;
    expect(other.items.map((item) => item.candidateId)).toEqual([people.otherStructure]);
    await get('/invitees', employer.accessToken, 403);
  });

  it('sends each invitation once, by SMS, even when the dispatcher runs twice and the adviser invites again', async () => {
    const before = provider.sent.length;
    expect(await invite(testApp, adviser.accessToken, eventId, [people.fits, people.noConsent])).toEqual({
      invited: 2,
      alreadyInvited: 0,
    });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    expect(await invite(testApp, adviser.accessToken, eventId, [people.fits])).toEqual({
      invited: 0,
      alreadyInvited: 1,
    });
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    await eventually(() => {
      expect(provider.sent.slice(before).filter((sms) => sms.text.includes('vous invite'))).toHaveLength(2);
      return Promise.resolve();
    }, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const invitations = provider.sent.slice(before).filter((sms) => sms.text.includes('vous invite'));
    expect(invitations.map((sms) => sms.to).sort()).toEqual(['+33611111111', '+33622222222']);
    expect(invitations[0]?.text).toMatch(
      /^Passerelle : votre conseiller vous invite à « Job dating transport et logistique » le 15\/12 à 9 h 00, 2 rue de Tournai, 59000 Lille\. Employeurs : Employeur \d+\. Répondez ici : http\S+\/reponse\/\S+$/,
    );
    // The link is signed when the message goes: the delivery record holds no token.
    const stored = await deliveriesOf(people.fits);
    expect(JSON.stringify(stored)).not.toContain('/reponse/');
  });

  it('holds an invitation made in the evening until 08:00, Paris time', async () => {
    current = new Date('2026-12-08T20:30:00Z'); // 21:30 in Paris
    const late = (
      await createCandidate(
        testApp,
        adviser.accessToken,
        aCandidate()
          .consenting()
          .with({ ...driver, contact: contact('Gaëlle', '06 77 77 77 77') })
          .build(),
      )
    ).id;
    await invite(testApp, adviser.accessToken, eventId, [late]);
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const [delivery] = (await deliveriesOf(late)).filter((item) => item.channel === 'sms');
    const job = await testApp.deps.queues.notifications.getJob(delivery!._id.replaceAll(':', '.'));
    // 08:00 in Paris the next morning is 07:00 UTC: 10 h 30 later.
    expect(job?.opts.delay).toBe(10.5 * 3600 * 1000);
    current = new Date('2026-12-08T09:00:00Z');
  });

  it('reminds the registered two days before and the evening before a morning event, and not those who declined', async () => {
    current = new Date('2026-12-09T09:00:00Z');
    for (const candidateId of [people.fits, people.noConsent]) {
      await testApp
        .http()
        .post(`/api/v1/rsvp/${tokenOf(candidateId)}`)
        .send({ answer: 'yes' })
        .expect(200);
    }
    await testApp.deps.useCases.dispatchDomainEvents.execute();
    const reminders = async (candidateId: string) =>
      (await deliveriesOf(candidateId))
        .filter((item) => /-j[12]\|/.test(item._id))
        .sort((a, b) => (a._id < b._id ? -1 : 1));
    const [j1, j2] = await reminders(people.noConsent);
    expect(j1?._id).toMatch(/-j1\|sms$/);
    expect(j2?._id).toMatch(/-j2\|sms$/);
    const delayOf = async (key: string) =>
      (await testApp.deps.queues.notifications.getJob(key.replaceAll(':', '.')))?.opts.delay ?? -1;
    // 10:00 on the 13th and 18:00 on the 14th, Paris time.
    expect(current.getTime() + (await delayOf(j2!._id))).toBe(Date.parse('2026-12-13T09:00:00Z'));
    expect(current.getTime() + (await delayOf(j1!._id))).toBe(Date.parse('2026-12-14T17:00:00Z'));

    // Bruno declines, then changes his mind the next day: the first reminders are void, new ones follow.
    await testApp
      .http()
      .post(`/api/v1/rsvp/${tokenOf(people.noConsent)}`)
      .send({ answer: 'no' })
      .expect(200);
    current = new Date('2026-12-13T09:00:00Z');
    expect(await testApp.deps.useCases.sendDelivery.execute(j2!._id, { last: false })).toBe('skipped');
    const voided = (await deliveriesOf(people.noConsent)).find((item) => item._id === j2!._id);
    expect(voided).toMatchObject({ status: 'failed', error: expect.stringContaining('sans objet') });
    // Amina still comes: her reminder goes.
    const [, aminaJ2] = await reminders(people.fits);
    const before = provider.sent.length;
    expect(await testApp.deps.useCases.sendDelivery.execute(aminaJ2!._id, { last: false })).toBe('sent');
    expect(provider.sent.slice(before).map((sms) => sms.text)).toEqual([
      expect.stringMatching(/^Rappel Passerelle : « Job dating transport et logistique » le 15\/12 à 9 h 00/),
    ]);
    await testApp
      .http()
      .post(`/api/v1/rsvp/${tokenOf(people.noConsent)}`)
      .send({ answer: 'yes' })
      .expect(200);
  });

  it('checks people in on the day, adds a walk-in, and counts the registered who did not come as no-shows', async () => {
    current = new Date('2026-12-15T08:30:00Z');
    type Line = { invitationId: string; candidateId: string | null; status: string; name: string; walkIn: boolean };
    const list = (await get('/attendance', adviser.accessToken)).body as { items: Line[] };
    expect(list.items.map((line) => line.name).sort()).toEqual(['Amina Martin', 'Bruno Martin']);
    const amina = list.items.find((line) => line.candidateId === people.fits)!;
    await post(`/attendance/${amina.invitationId}`, adviser.accessToken, { present: true });
    const structure = (await testApp.deps.repositories.candidates.findById(people.otherStructure))!.organizationId;
    const after = (
      await post('/walk-ins', adviser.accessToken, { firstName: 'Hugo', lastName: 'Petit', organizationId: structure })
    ).body as { items: Line[] };
    expect(after.items.find((line) => line.name === 'Hugo Petit')).toMatchObject({ status: 'attended', walkIn: true });
    // The other structure's adviser reads their own people only, and cannot check anyone in.
    const theirs = (await get('/attendance', otherAdviser.accessToken)).body as { items: Line[] };
    expect(theirs.items.map((line) => line.name)).toEqual(['Hugo Petit']);
    await post(`/attendance/${amina.invitationId}`, otherAdviser.accessToken, { present: false }, 404);

    current = new Date('2026-12-15T11:30:00Z');
    await post('/status', adviser.accessToken, { status: 'held' });
    const held = (await get('/attendance', adviser.accessToken)).body as { items: Line[] };
    expect(Object.fromEntries(held.items.map((line) => [line.name, line.status]))).toEqual({
      'Amina Martin': 'attended',
      'Bruno Martin': 'no_show',
      'Hugo Petit': 'attended',
    });
  });

  it('shows the employer the people met who consented, without contact or barrier, and turns an interview request into a match', async () => {
    await testApp
      .http()
      .post(`/api/v1/candidates/${people.fits}/barriers`)
      .set(...bearer(adviser.accessToken))
      .send({ kind: 'childcare', notes: 'Pas de solution de garde le samedi' })
      .expect(201);
    const met = (await get('/met-people', employer.accessToken)).body as {
      items: { candidateId: string; offerIds: string[]; matchId: string | null }[];
    };
    expect(met.items.map((item) => item.candidateId)).toEqual([people.fits]);
    expect(met.items[0]?.offerIds).toEqual([offerId]);
    const text = JSON.stringify(met);
    for (const secret of ['06 11', '+336', 'mobile', 'email', 'garde', 'Martin', people.noConsent]) {
      expect(text).not.toContain(secret);
    }
    const event = JSON.stringify((await get('', employer.accessToken)).body);
    expect(event).not.toContain(people.noConsent);
    expect(event).not.toContain('Bruno');
    await get('/met-people', strangerEmployer.accessToken, 404);
    await get('', strangerEmployer.accessToken, 404);
    await post('/interview-requests', strangerEmployer.accessToken, { candidateId: people.fits, offerId }, 404);
    await post('/interview-requests', employer.accessToken, { candidateId: people.noConsent, offerId }, 404);

    const match = (await post('/interview-requests', employer.accessToken, { candidateId: people.fits, offerId }))
      .body as { id: string; status: string };
    expect(match.status).toBe('interview_requested');
    // Asking again is the same match.
    const again = (await post('/interview-requests', employer.accessToken, { candidateId: people.fits, offerId }))
      .body as { id: string };
    expect(again.id).toBe(match.id);
  });

  it('counts invited, registered, attended, no-shows, interviews and hires in the event’s figures', async () => {
    const matchId = await matchOf(people.fits);
    for (const body of [
      {
        action: 'schedule_interview',
        interview: { at: '2026-12-17T09:00:00Z', place: 'Dépôt de Lesquin', contactName: 'M. Roy' },
      },
      { action: 'hire' },
    ]) {
      current = new Date(current.getTime() + 3600_000);
      await testApp
        .http()
        .post(`/api/v1/matches/${matchId}/transitions`)
        .set(...bearer(employer.accessToken))
        .send(body)
        .expect(200);
    }
    type Figures = {
      figures: Record<string, unknown>;
      byEmployer: { organizationId: string; figures: Record<string, unknown> }[];
    };
    const body = (await get('/figures', adviser.accessToken)).body as Figures;
    expect(body.figures).toMatchObject({
      invited: 3,
      registered: 2,
      declined: 0,
      attended: 2,
      noShows: 1,
      walkIns: 1,
      interviews: 1,
      hires: 1,
      trainings: 0,
      positiveOutcomes: 1,
      rates: { registration: 0.667, attendance: 0.5, interview: 0.5, positiveOutcome: 0.5 },
    });
    expect(body.byEmployer).toEqual([
      expect.objectContaining({
        organizationId: employer.organizationId,
        figures: expect.objectContaining({ interviews: 1, hires: 1 }),
      }),
    ]);
    await get('/figures', employer.accessToken, 403);
  });
});

async function matchOf(candidateId: string): Promise<string> {
  const matches = await testApp.deps.mongo
    .collection<{ _id: unknown; candidateId: unknown }>('matches')
    .find({})
    .toArray();
  const found = matches.find((item) => String(item.candidateId) === candidateId);
  if (!found) throw new Error('no match for this person');
  return String(found._id);
}
