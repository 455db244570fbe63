import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aMatch, takeStep } from '../../support/proposals';
import { eventually } from '../../support/eventually';
import { queuesSettled } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let tokens: { employer: string; adviser: string };

type Body = Record<string, unknown>;
type EmployerView = Body & { status: string; candidate: Body & { skills: string[]; contact: Body | null } };

beforeAll(async () => {
  testApp = await startTestApp({ env: { MATCHING_DEBOUNCE_MS: '20' } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching', 'notifications']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  tokens = {
    employer: (await anAccount(testApp, adminToken, 'employer')).accessToken,
    adviser: (await anAccount(testApp, adminToken, 'adviser')).accessToken,
  };
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});

const interview = { at: '2027-01-10T09:30:00Z', place: '12 rue de Lille, Roubaix', contactName: 'Mme Roux' };

const get = (token: string, path: string, status = 200) =>
  testApp
    .http()
    .get(path)
    .set(...bearer(token))
    .expect(status);

async function withdrawConsent(candidateId: string): Promise<void> {
  await testApp
    .http()
    .patch(`/api/v1/candidates/${candidateId}`)
    .set(...bearer(tokens.adviser))
    .send({ shareWithEmployers: false })
    .expect(200);
  await queuesSettled(testApp);
}

/** The titles of a user's in-app notifications about this match, once the outbox is dispatched. */
async function notificationTitles(token: string, matchId: string): Promise<string[]> {
  await testApp.deps.useCases.dispatchDomainEvents.execute();
  await queuesSettled(testApp);
  const page = (await get(token, '/api/v1/me/notifications')).body as { items: { title: string; link: string }[] };
  return page.items.filter((item) => item.link.includes(matchId)).map((item) => item.title);
}

async function statusForAdviser(matchId: string): Promise<string> {
  return ((await get(tokens.adviser, `/api/v1/matches/${matchId}`)).body as { status: string }).status;
}

async function employerList(offerId: string, query = ''): Promise<Body[]> {
  return ((await get(tokens.employer, `/api/v1/matches?offerId=${offerId}${query}`)).body as { items: Body[] }).items;
}

describe('what an employer sees of the people an adviser considered', () => {
  it('never sees a shortlisted person whose match the system cancels after consent is withdrawn', async () => {
    const { offerId, candidateId, matchId } = await aMatch(testApp, tokens, { steps: ['shortlist'] });
    await withdrawConsent(candidateId);

    expect(await statusForAdviser(matchId)).toBe('cancelled');
    expect(await employerList(offerId, '&status=cancelled')).toEqual([]);
    expect(await employerList(offerId)).toEqual([]);
    await get(tokens.employer, `/api/v1/matches/${matchId}`, 404);
  });

  it('never sees a shortlisted person whose match is cancelled when the employer closes its offer', async () => {
    const { offerId, matchId } = await aMatch(testApp, tokens, { steps: ['shortlist'] });
    await testApp
      .http()
      .post(`/api/v1/offers/${offerId}/close`)
      .set(...bearer(tokens.employer))
      .send({})
      .expect(200);
    await queuesSettled(testApp);

    expect(await statusForAdviser(matchId)).toBe('cancelled');
    expect(await employerList(offerId, '&status=cancelled')).toEqual([]);
    await get(tokens.employer, `/api/v1/matches/${matchId}`, 404);
    await eventually(async () =>
      expect(await notificationTitles(tokens.adviser, matchId)).toEqual(['Mise en relation annulée']),
    );
    expect(await notificationTitles(tokens.employer, matchId)).toEqual([]);
  });

  it('keeps the person as proposed, not as edited since, and loses contact data with consent', async () => {
    const { offerId, candidateId, matchId } = await aMatch(testApp, tokens);
    await takeStep(testApp, tokens.employer, matchId, { action: 'request_interview' });
    await takeStep(testApp, tokens.employer, matchId, { action: 'schedule_interview', interview });
    await takeStep(testApp, tokens.adviser, matchId, { action: 'share_contact' });
    const shared = (await get(tokens.employer, `/api/v1/matches/${matchId}`)).body as EmployerView;
    expect(shared.candidate.contact).toEqual({ email: expect.any(String), mobile: expect.any(String) });
    const proposedSkills = shared.candidate.skills;

    await testApp
      .http()
      .patch(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(tokens.adviser))
      .send({ skills: ['Compétence ajoutée après la proposition'] })
      .expect(200);
    const edited = (await get(tokens.employer, `/api/v1/matches/${matchId}`)).body as EmployerView;
    expect(edited.candidate.skills).toEqual(proposedSkills);

    await withdrawConsent(candidateId);
    const withdrawn = (await get(tokens.employer, `/api/v1/matches/${matchId}`)).body as EmployerView;
    expect(withdrawn.status).toBe('cancelled');
    expect(withdrawn.candidate.contact).toBeNull();
    expect(withdrawn.candidate.skills).toEqual(proposedSkills);
    const [listed] = (await employerList(offerId)) as EmployerView[];
    expect(listed?.candidate.contact).toBeNull();

    // Told of the cancellation of a person proposed to them, without more about the person.
    await eventually(async () =>
      expect(await notificationTitles(tokens.employer, matchId)).toEqual(
        expect.arrayContaining(['Nouvelle candidature proposée', 'Mise en relation annulée']),
      ),
    );
  });

  it('keeps a hire but no contact data once the person withdraws consent, and nothing once erased', async () => {
    const { offerId, candidateId, matchId } = await aMatch(testApp, tokens);
    await takeStep(testApp, tokens.employer, matchId, { action: 'request_interview' });
    await takeStep(testApp, tokens.employer, matchId, { action: 'schedule_interview', interview });
    await takeStep(testApp, tokens.adviser, matchId, { action: 'share_contact' });
    await takeStep(testApp, tokens.employer, matchId, { action: 'hire' });

    await withdrawConsent(candidateId);
    const hired = (await get(tokens.employer, `/api/v1/matches/${matchId}`)).body as EmployerView;
    expect(hired.status).toBe('hired');
    expect(hired.candidate.contact).toBeNull();

    await testApp
      .http()
      .delete(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(tokens.adviser))
      .expect(204);
    await get(tokens.employer, `/api/v1/matches/${matchId}`, 404);
    expect(await employerList(offerId)).toEqual([]);
  });
});
