import type { Match } from '../../../shared/domain/pipeline/match';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aMatch as aMatchThrough } from '../../support/proposals';
import { queuesSettled } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';

const dayMs = 24 * 3600 * 1000;
const start = new Date('2026-11-24T09:00:00Z');
let current = start;
const clock = { now: () => current };
const travel = (days: number) => (current = new Date(start.getTime() + days * dayMs));

let testApp: TestApp;
let workers: RunningWorkers;
let employer: string;
let adviser: string;

beforeAll(async () => {
  testApp = await startTestApp({ clock, env: { MATCHING_DEBOUNCE_MS: '20' } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});
beforeEach(() => travel(0));

/** A match taken through these steps (proposed by default). */
const aMatch = (steps?: string[]) => aMatchThrough(testApp, { employer, adviser }, steps ? { steps } : {});

async function eventIds(prefix: string): Promise<string[]> {
  const events = await testApp.deps.mongo
    .collection<{ _id: string }>('domainEvents')
    .find({ _id: { $regex: `^${prefix}` } })
    .toArray();
  return events.map((event) => event._id).sort();
}

async function readMatch(matchId: string): Promise<Match> {
  const response = await testApp
    .http()
    .get(`/api/v1/matches/${matchId}`)
    .set(...bearer(adviser))
    .expect(200);
  return response.body as Match;
}

describe('pipeline time rules', () => {
  it('reminds the employer after 3 and 7 days without answer, once each, and expires the proposal after 14', async () => {
    const { matchId } = await aMatch();
    const rules = testApp.deps.useCases.runPipelineTimeRules;

    travel(2.9);
    await rules.execute();
    expect(await eventIds(`match:${matchId}:proposal-reminder`)).toEqual([]);

    travel(3.1);
    await rules.execute();
    await rules.execute();
    expect(await eventIds(`match:${matchId}:proposal-reminder`)).toEqual([`match:${matchId}:proposal-reminder-3d`]);

    travel(7.2);
    await rules.execute();
    expect(await eventIds(`match:${matchId}:proposal-reminder`)).toHaveLength(2);
    expect((await readMatch(matchId)).status).toBe('proposed');

    travel(14.1);
    await rules.execute();
    await rules.execute();
    const expired = await readMatch(matchId);
    expect(expired.status).toBe('expired');
    expect(expired.history.filter((line) => line.action === 'expire')).toEqual([
      expect.objectContaining({ reason: 'no_answer', actor: { kind: 'system', userId: null, organizationId: null } }),
    ]);
    const expiry = await testApp.deps.mongo
      .collection('domainEvents')
      .find({ 'data.matchId': matchId, 'data.action': 'expire' })
      .toArray();
    expect(expiry).toHaveLength(1);
  });

  it('reminds the employer 7 days and 1 day before the offer ends; at the end the offer expires and its matches are cancelled', async () => {
    // Shortlisted only: a proposal would have expired long before the offer ends.
    const { offerId, matchId } = await aMatch(['shortlist']);
    const offer = await testApp
      .http()
      .get(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .expect(200);
    const endsInDays = (new Date(offer.body.expiresAt as string).getTime() - start.getTime()) / dayMs;

    travel(endsInDays - 6.5);
    await testApp.deps.useCases.runPipelineTimeRules.execute();
    expect(await eventIds(`offer:${offerId}:ends-`)).toEqual([expect.stringMatching(/reminder-7d$/)]);
    travel(endsInDays - 0.5);
    await testApp.deps.useCases.runPipelineTimeRules.execute();
    expect(await eventIds(`offer:${offerId}:ends-`)).toEqual([
      expect.stringMatching(/reminder-1d$/),
      expect.stringMatching(/reminder-7d$/),
    ]);

    travel(endsInDays + 0.1);
    await testApp.deps.useCases.expireOffers.execute();
    await queuesSettled(testApp);
    const match = await readMatch(matchId);
    expect(match.status).toBe('cancelled');
    expect(match.history.at(-1)).toEqual(expect.objectContaining({ action: 'cancel', reason: 'offer_closed' }));
  });

  it('publishes again the events of recent steps that a crash lost, once', async () => {
    const { matchId } = await aMatch();
    const events = testApp.deps.mongo.collection('domainEvents');
    await events.deleteMany({ 'data.matchId': matchId });

    await testApp.deps.useCases.runPipelineTimeRules.execute();
    await testApp.deps.useCases.runPipelineTimeRules.execute();

    const again = await events.find({ 'data.matchId': matchId }).toArray();
    expect(again.map((event) => event.data.action).sort()).toEqual(['propose', 'shortlist']);
  });
});
