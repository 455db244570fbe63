import {
  watchWholeCollectionReads,
  type WholeCollectionReadWatch,
} from '../../../shared/adapters/mongo/wholeCollectionReads';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aProposal, takeStep } from '../../support/proposals';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let watch: WholeCollectionReadWatch;
let employer: string;
let adviser: string;

interface MatchPage {
  items: { id: string; status: string }[];
  nextCursor: string | null;
}

async function matches(token: string, query: string): Promise<MatchPage> {
  const response = await testApp
    .http()
    .get(`/api/v1/matches?${query}`)
    .set(...bearer(token))
    .expect(200);
  return response.body as MatchPage;
}

/** The collections read whole since the last call, beside the ones named (still read so, issue 17). */
const matchesReadWhole = () => watch.take().filter((read) => read.collection === 'matches');

beforeAll(async () => {
  testApp = await startTestApp({ monitorCommands: true });
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  watch = watchWholeCollectionReads(testApp.deps.mongo);
});
afterAll(async () => {
  watch?.stop();
  await testApp.close();
});

describe('the pipeline’s matches, listed and saved', () => {
  it('serve an offer’s, a person’s and a structure’s pages without reading the matches collection', async () => {
    const first = await aProposal(testApp, { employer, adviser }, { title: 'Conducteur PL Lens' });
    const second = await aProposal(testApp, { employer, adviser }, { title: 'Cariste Douai' });
    await takeStep(testApp, employer, first.matchId, { action: 'request_interview' });

    matchesReadWhole();
    const ofOffer = await matches(employer, `offerId=${first.offerId}`);
    const ofPerson = await matches(adviser, `candidateId=${second.candidateId}`);
    const ofStructure = await matches(adviser, 'limit=1');
    const next = await matches(adviser, `limit=1&after=${ofStructure.nextCursor}`);
    const requested = await matches(employer, 'status=interview_requested');
    expect(matchesReadWhole()).toEqual([]);

    expect(ofOffer.items.map((item) => [item.id, item.status])).toEqual([[first.matchId, 'interview_requested']]);
    expect(ofPerson.items.map((item) => item.id)).toEqual([second.matchId]);
    expect([...ofStructure.items, ...next.items].map((item) => item.id)).toEqual([first.matchId, second.matchId]);
    expect(requested.items.map((item) => item.id)).toEqual([first.matchId]);
  });

  it('page the pipeline of the people an adviser follows in id order, from their referent’s list', async () => {
    for (const title of ['Soudeur Valenciennes', 'Préparateur Arras', 'Magasinier Roubaix']) {
      await aProposal(testApp, { employer, adviser }, { title });
    }
    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(adviser))
      .expect(200);
    const referent = `referentAdviserId=${(me.body as { user: { id: string } }).user.id}`;

    matchesReadWhole();
    const pages: MatchPage[] = [await matches(adviser, `${referent}&limit=2`)];
    while (pages.at(-1)!.nextCursor)
      pages.push(await matches(adviser, `${referent}&limit=2&after=${pages.at(-1)!.nextCursor}`));
    expect(matchesReadWhole()).toEqual([]);

    // Every person of the structure is this adviser's: the same matches, in the same order.
    const ofStructure = (await matches(adviser, 'limit=100')).items.map((item) => item.id);
    expect(ofStructure.length).toBeGreaterThanOrEqual(3);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(ofStructure);
    expect(ofStructure).toEqual([...ofStructure].sort());
  });

  it('let one of two writers of the same version win, under a lock instead of a conditional write', async () => {
    const { matchId } = await aProposal(testApp, { employer, adviser }, { title: 'Magasinier Arras' });
    const store = testApp.deps.repositories.matches;
    const read = (await store.findById(matchId))!;
    matchesReadWhole();
    const outcomes = await Promise.all(
      ['Premier', 'Second', 'Troisième'].map((comment) =>
        store.save({ ...read, proposalComment: comment }, read.version),
      ),
    );
    expect(matchesReadWhole()).toEqual([]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const saved = (await store.findById(matchId))!;
    expect(saved.version).toBe(read.version + 1);
    expect(['Premier', 'Second', 'Troisième'][outcomes.indexOf(true)]).toBe(saved.proposalComment);
    // A writer that read before that save is refused.
    expect(await store.save({ ...read, proposalComment: 'En retard' }, read.version)).toBe(false);
  });

  it('give the hourly time rules their work (written steps, waiting proposals, offers ending) without reading a collection whole', async () => {
    const { matchId } = await aProposal(testApp, { employer, adviser }, { title: 'Agent de quai Hénin' });
    await takeStep(testApp, employer, matchId, { action: 'request_interview' });
    const now = new Date();
    watch.take();
    const written = await testApp.deps.repositories.matches.listUpdatedSince(new Date(now.getTime() - 7_200_000), now);
    expect(written.map((match) => match.id)).toContain(matchId);
    // Written more than the window ago: not there.
    expect(await testApp.deps.repositories.matches.listUpdatedSince(new Date(now.getTime() + 1_000), now)).toEqual([]);
    const outcome = await testApp.deps.useCases.runPipelineTimeRules.execute();
    expect(outcome.republished).toBeGreaterThanOrEqual(2);
    expect(watch.take().filter((read) => ['matches', 'offers', 'candidates'].includes(read.collection))).toEqual([]);
  });

  it('are listed again from the database when the lists are gone, with the same pages', async () => {
    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(adviser))
      .expect(200);
    const mine = `referentAdviserId=${(me.body as { user: { id: string } }).user.id}&limit=100`;
    const before = await matches(adviser, 'limit=100');
    const beforeMine = await matches(adviser, mine);
    expect(beforeMine.items.length).toBeGreaterThan(0);
    const keys = await testApp.deps.redis.keys(
      `${testApp.deps.config.QUEUE_PREFIX}:lists:${testApp.deps.config.MONGO_DB_NAME}:m:*`,
    );
    expect(keys.length).toBeGreaterThan(0);
    await testApp.deps.redis.del(...keys);
    expect((await matches(adviser, 'limit=100')).items).toEqual([]);

    await testApp.deps.repositories.matches.rebuildLists();
    expect(await matches(adviser, 'limit=100')).toEqual(before);
    expect(await matches(adviser, mine)).toEqual(beforeMine);
  });
});
