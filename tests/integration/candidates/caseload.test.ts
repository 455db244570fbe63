import { RedisIdLists } from '../../../shared/adapters/cache/RedisIdLists';
import { referentList } from '../../../shared/adapters/mongo/matchLists';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { aMatch } from '../../support/proposals';
import { queuesSettled } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createCandidate, publishOffer } from '../../support/writes';

let testApp: TestApp;
let workers: RunningWorkers;
let adminToken: string;
let employer: string;
let adviser: string;
let colleague: string;
let adviserOrganizationId: string;
let stranger: string;
let ids: Record<'waiting' | 'suggested' | 'noConsent' | 'colleagues' | 'inactive', string>;

interface CaseloadItem {
  candidate: { id: string; contact: { firstName: string; lastName: string } };
  currentSuggestions: number;
  openMatches: number;
  waitingForAnswer: number;
  lastActivityAt: string;
}
interface CaseloadBody {
  items: CaseloadItem[];
  total: number;
}

/** A colleague of the adviser: another user of the same insertion organisation. */
async function aColleague(organizationId: string): Promise<string> {
  const credentials = { email: 'collegue.caseload@example.test', password: 'a-long-password-42' };
  await testApp
    .http()
    .post(`/api/v1/organizations/${organizationId}/users`)
    .set(...bearer(adminToken))
    .send({ ...credentials, displayName: 'Collègue', role: 'adviser' })
    .expect(201);
  return (await login(testApp, credentials)).accessToken;
}

/** The user id of the holder of the token (GET /me). */
async function userIdOf(token: string): Promise<string> {
  const response = await testApp
    .http()
    .get('/api/v1/me')
    .set(...bearer(token))
    .expect(200);
  return (response.body as { user: { id: string } }).user.id;
}

async function caseload(query: string, token = adviser): Promise<CaseloadBody> {
  const response = await testApp
    .http()
    .get(`/api/v1/candidates/caseload?${query}`)
    .set(...bearer(token))
    .expect(200);
  return response.body as CaseloadBody;
}

const names = (body: CaseloadBody) => body.items.map((item) => item.candidate.contact.lastName);

beforeAll(async () => {
  testApp = await startTestApp({ env: { MATCHING_DEBOUNCE_MS: '20' } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching']);
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  const adviserAccount = await anAccount(testApp, adminToken, 'adviser');
  adviser = adviserAccount.accessToken;
  adviserOrganizationId = adviserAccount.organizationId;
  colleague = await aColleague(adviserOrganizationId);
  stranger = (await anAccount(testApp, adminToken, 'adviser')).accessToken;

  // Proposed to the employer: an open match waiting for an answer (and the offer suggests the others).
  const waiting = await aMatch(
    testApp,
    { employer, adviser },
    { candidate: { contact: { firstName: 'Samia', lastName: 'Benali', mobile: '06 12 34 56 78' } } },
  );
  const person = (lastName: string, changes: Record<string, unknown> = {}) =>
    aCandidate()
      .consenting()
      .with({
        contact: { firstName: 'Karim', lastName, mobile: '06 12 34 56 79' },
        certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'],
        ...changes,
      })
      .build();
  const suggested = await createCandidate(testApp, adviser, person('Dubois'));
  const noConsent = await createCandidate(testApp, adviser, { ...person('Lefèbvre'), shareWithEmployers: false });
  const inactive = await createCandidate(testApp, adviser, person('Martin', { status: 'paused' }));
  const colleagues = await createCandidate(testApp, colleague, person('Nguyen'));
  await createCandidate(testApp, stranger, person('Autre'));
  ids = {
    waiting: waiting.candidateId,
    suggested: suggested.id,
    noConsent: noConsent.id,
    colleagues: colleagues.id,
    inactive: inactive.id,
  };
  await queuesSettled(testApp);
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});

describe('GET /candidates/caseload', () => {
  it('lists the people the adviser follows by last name, and the whole organisation in the second scope', async () => {
    const mine = await caseload('');
    expect(names(mine)).toEqual(['Benali', 'Dubois', 'Lefèbvre', 'Martin']);
    expect(mine.total).toBe(4);

    const organization = await caseload('scope=organization');
    expect(names(organization)).toEqual(['Benali', 'Dubois', 'Lefèbvre', 'Martin', 'Nguyen']);
    expect(names(await caseload('scope=organization', stranger))).toEqual(['Autre']);
  });

  it('counts each person’s current suggestions, open matches and proposals waiting for an answer', async () => {
    const byId = new Map((await caseload('')).items.map((item) => [item.candidate.id, item]));
    expect(byId.get(ids.waiting)).toMatchObject({ openMatches: 1, waitingForAnswer: 1 });
    // The published offer fits the consenting, active driver: suggested, not yet in the pipeline.
    expect(byId.get(ids.suggested)).toMatchObject({ currentSuggestions: 1, openMatches: 0, waitingForAnswer: 0 });
    // Without consent or while paused a person is never suggested.
    expect(byId.get(ids.noConsent)).toMatchObject({ currentSuggestions: 0, openMatches: 0 });
    expect(byId.get(ids.inactive)).toMatchObject({ currentSuggestions: 0 });
    const waiting = byId.get(ids.waiting);
    expect(new Date(waiting?.lastActivityAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 120_000);
  });

  it('filters by status, consent, suggestions, waiting for an answer, sector and part of a name', async () => {
    expect(names(await caseload('status=paused'))).toEqual(['Martin']);
    expect(names(await caseload('consent=not_given'))).toEqual(['Lefèbvre']);
    expect(names(await caseload('consent=given'))).toEqual(['Benali', 'Dubois', 'Martin']);
    expect(names(await caseload('waitingForAnswer=true'))).toEqual(['Benali']);
    expect(names(await caseload('hasSuggestions=true'))).toEqual(['Benali', 'Dubois']);
    expect(names(await caseload('hasSuggestions=true&waitingForAnswer=true'))).toEqual(['Benali']);
    expect(names(await caseload('hasSuggestions=true&q=dubois'))).toEqual(['Dubois']);
    expect(names(await caseload('sector=transport_logistics'))).toHaveLength(4);
    expect(names(await caseload('sector=construction'))).toEqual([]);
    expect(names(await caseload('q=BOIS'))).toEqual(['Dubois']);
    expect(names(await caseload('q=karim'))).toEqual(['Dubois', 'Lefèbvre', 'Martin']);
    // A name is text, never a pattern.
    expect(names(await caseload(`q=${encodeURIComponent('.*')}`))).toEqual([]);
  });

  it('pages one filter across the organisation from its own list, with the total of the filter', async () => {
    const all = await caseload('scope=organization&consent=given');
    expect(all.total).toBe(all.items.length);
    const firstTwo = await caseload('scope=organization&consent=given&limit=2');
    const rest = await caseload('scope=organization&consent=given&limit=2&offset=2');
    expect([...names(firstTwo), ...names(rest)]).toEqual(names(all));
    expect(firstTwo.total).toBe(all.total);
    expect(names(await caseload('scope=organization&status=paused'))).toEqual(['Martin']);
  });

  it('pages with offset and limit, the total staying the filter’s', async () => {
    const second = await caseload('limit=2&offset=2');
    expect(names(second)).toEqual(['Lefèbvre', 'Martin']);
    expect(second.total).toBe(4);
  });

  it('gives the pipeline of the people one adviser is the referent of (GET /matches?referentAdviserId=)', async () => {
    const adviserId = await userIdOf(adviser);
    const matchesOf = async (query: string) =>
      (
        (
          await testApp
            .http()
            .get(`/api/v1/matches?${query}`)
            .set(...bearer(colleague))
            .expect(200)
        ).body as {
          items: { candidateId: string }[];
        }
      ).items.map((match) => match.candidateId);
    expect(await matchesOf(`referentAdviserId=${adviserId}`)).toEqual([ids.waiting]);
    expect(await matchesOf(`referentAdviserId=${adviserId}&candidateId=${ids.suggested}`)).toEqual([]);
    expect(await matchesOf(`referentAdviserId=${await userIdOf(colleague)}`)).toEqual([]);
  });

  it('gives a new referent the person’s matches, those taken before the change and after it', async () => {
    const [adviserId, colleagueId] = [await userIdOf(adviser), await userIdOf(colleague)];
    const matchesOf = async (referentId: string) =>
      (
        (
          await testApp
            .http()
            .get(`/api/v1/matches?referentAdviserId=${referentId}`)
            .set(...bearer(adviser))
            .expect(200)
        ).body as { items: { id: string; candidateId: string }[] }
      ).items;
    const reassign = (referentAdviserId: string) =>
      testApp
        .http()
        .patch(`/api/v1/candidates/${ids.waiting}`)
        .set(...bearer(adviser))
        .send({ referentAdviserId })
        .expect(200);
    const before = await matchesOf(adviserId);
    expect(before.map((match) => match.candidateId)).toEqual([ids.waiting]);
    // Another structure's adviser asking for this referent's people: their own structure's, none.
    const strangers = await testApp
      .http()
      .get(`/api/v1/matches?referentAdviserId=${adviserId}`)
      .set(...bearer(stranger))
      .expect(200);
    expect((strangers.body as { items: unknown[] }).items).toEqual([]);

    await reassign(colleagueId);
    expect(await matchesOf(colleagueId)).toEqual(before);
    expect(await matchesOf(adviserId)).toEqual([]);
    // Taken into the pipeline after the change: listed under the new referent only.
    const offerId = await publishOffer(testApp, employer, anOffer().with({ title: 'Chauffeur livreur Lille' }).build());
    const taken = await testApp
      .http()
      .post('/api/v1/matches')
      .set(...bearer(adviser))
      .send({ offerId, candidateId: ids.waiting })
      .expect(201);
    const after = await matchesOf(colleagueId);
    expect(after.map((match) => match.id).sort()).toEqual([before[0]!.id, (taken.body as { id: string }).id].sort());
    expect(await matchesOf(adviserId)).toEqual([]);
    // A match written while the change was under way, left in the former referent's list: not shown there.
    const { QUEUE_PREFIX, MONGO_DB_NAME } = testApp.deps.config;
    await new RedisIdLists(testApp.deps.redis, `${QUEUE_PREFIX}:lists:${MONGO_DB_NAME}`).add(
      referentList(adviserOrganizationId, adviserId),
      [before[0]!.id],
    );
    expect(await matchesOf(adviserId)).toEqual([]);

    await reassign(adviserId);
    expect(await matchesOf(adviserId)).toEqual(after);
    expect(await matchesOf(colleagueId)).toEqual([]);
  });

  it('refuses employers and explains a bad filter', async () => {
    await testApp
      .http()
      .get('/api/v1/candidates/caseload')
      .set(...bearer(employer))
      .expect(403);
    const bad = await testApp
      .http()
      .get('/api/v1/candidates/caseload?scope=everyone&hasSuggestions=yes')
      .set(...bearer(adviser))
      .expect(400);
    const fields = (bad.body as { errors: { field: string }[] }).errors.map((error) => error.field).sort();
    expect(fields).toEqual(['query.hasSuggestions', 'query.scope']);
  });
});
