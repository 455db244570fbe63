import { Types } from 'mongoose';
import { RedisRecordCopies } from '../../../shared/adapters/cache/RedisRecordCopies';
import { RedisIdLists } from '../../../shared/adapters/cache/RedisIdLists';
import { copyOf, versionedFamily } from '../../../shared/adapters/mongo/copiedReads';
import { candidateList } from '../../../shared/adapters/mongo/matchLists';
import type { RecordCopies } from '../../../shared/ports/RecordCopies';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { publishOffer } from '../../support/writes';
import { aMatch, takeStep } from '../../support/proposals';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let adviser: string;
let employer: string;
/** The copies the application keeps. */
let copies: RecordCopies;
/** Copies of a family of this test only, for the rules of the store itself. */
let scratch: RedisRecordCopies;
/** The `find` commands sent to one of these collections since the last call. */
let finds: (collection: 'candidates' | 'matches' | 'offers') => number;

const body = (text: string) => Buffer.from(text);

beforeAll(async () => {
  testApp = await startTestApp({ monitorCommands: true });
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  copies = testApp.deps.recordCopies;
  scratch = new RedisRecordCopies(testApp.deps.redis, {
    keyPrefix: `${testApp.deps.config.QUEUE_PREFIX}:scratch`,
    ttlMs: 60_000,
  });
  const seen = { candidates: 0, matches: 0, offers: 0 };
  testApp.deps.mongo.getClient().on('commandStarted', (event) => {
    const collection = event.command.find as string;
    if (event.commandName === 'find' && Object.hasOwn(seen, collection)) seen[collection as keyof typeof seen] += 1;
  });
  finds = (collection) => {
    const count = seen[collection];
    seen[collection] = 0;
    return count;
  };
});
afterAll(async () => {
  await testApp.close();
});

/** Through the API: a person the adviser follows, by this last name. */
async function aPerson(lastName: string): Promise<{ id: string; organizationId: string }> {
  const answer = await testApp
    .http()
    .post('/api/v1/candidates')
    .set(...bearer(adviser))
    .send(
      aCandidate()
        .with({ contact: { firstName: 'Lou', lastName } })
        .build(),
    )
    .expect(201);
  return answer.body as { id: string; organizationId: string };
}

interface CaseloadPerson {
  id: string;
  status: string;
  contact: { lastName: string };
}

/** The people of the adviser's caseload page, as the page receives them. */
async function caseloadPeople(): Promise<CaseloadPerson[]> {
  const page = await testApp
    .http()
    .get('/api/v1/candidates/caseload?scope=mine&limit=100')
    .set(...bearer(adviser))
    .expect(200);
  return (page.body as { items: { candidate: CaseloadPerson }[] }).items.map((item) => item.candidate);
}

async function caseloadNames(): Promise<string[]> {
  return (await caseloadPeople()).map((person) => person.contact.lastName);
}

describe('the copies of records beside the database', () => {
  it('never lets an older version replace a newer one, whatever the order of arrival', async () => {
    await scratch.keepAll('t', [{ id: 'a', version: 2, body: body('two') }]);
    await scratch.keepAll('t', [{ id: 'a', version: 1, body: body('one') }]);
    expect((await scratch.getAll('t', ['a'])).get('a')?.body.toString()).toBe('two');

    // A writer announces version 3: the copy is gone, and a reader's version 2 is refused.
    await scratch.announceAll('t', [{ id: 'a', version: 3 }]);
    expect(await scratch.getAll('t', ['a'])).toEqual(new Map());
    await scratch.keepAll('t', [{ id: 'a', version: 2, body: body('two') }]);
    expect(await scratch.getAll('t', ['a'])).toEqual(new Map());
    // A reader that read version 3 after the write may keep it; the writer's own copy changes nothing.
    await scratch.keepAll('t', [{ id: 'a', version: 3, body: body('three, read') }]);
    await scratch.keepAll('t', [{ id: 'a', version: 3, body: body('three, written') }]);
    expect((await scratch.getAll('t', ['a'])).get('a')?.body.toString()).toBe('three, read');

    // A deletion: no copy of any version comes back.
    await scratch.announceDeletion('t', ['a']);
    await scratch.keepAll('t', [{ id: 'a', version: 1_000_000, body: body('late reader') }]);
    expect(await scratch.getAll('t', ['a', 'never-kept'])).toEqual(new Map());

    await scratch.keepAll('t', [{ id: 'b', version: 1, body: body('one') }]);
    await scratch.dropAll();
    expect(await scratch.getAll('t', ['b'])).toEqual(new Map());
  });

  it('expire after their time', async () => {
    const brief = new RedisRecordCopies(testApp.deps.redis, {
      keyPrefix: `${testApp.deps.config.QUEUE_PREFIX}:brief`,
      ttlMs: 500,
    });
    await brief.keepAll('t', [{ id: 'a', version: 1, body: body('one') }]);
    expect((await brief.getAll('t', ['a'])).size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await brief.getAll('t', ['a'])).size).toBe(0);
  });
});

describe('a caseload page read from the profiles’ copies', () => {
  it('reads the database once, then shows each edit and each erasure at once', async () => {
    const created = (await Promise.all(['Copie-Alpha', 'Copie-Beta', 'Copie-Gamma'].map(aPerson))).map(
      (person) => person.id,
    );
    finds('candidates');
    expect(await caseloadNames()).toEqual(['Copie-Alpha', 'Copie-Beta', 'Copie-Gamma']);
    expect(finds('candidates')).toBe(3);
    expect(await caseloadNames()).toEqual(['Copie-Alpha', 'Copie-Beta', 'Copie-Gamma']);
    expect(finds('candidates')).toBe(0);

    await testApp
      .http()
      .patch(`/api/v1/candidates/${created[1]}`)
      .set(...bearer(adviser))
      .send({ status: 'paused' })
      .expect(200);
    const statuses = (await caseloadPeople()).map((person) => [person.id, person.status]);
    expect(statuses).toContainEqual([created[1], 'paused']);

    await testApp
      .http()
      .delete(`/api/v1/candidates/${created[0]}`)
      .set(...bearer(adviser))
      .expect(204);
    expect(await caseloadNames()).toEqual(['Copie-Beta', 'Copie-Gamma']);
    expect(await copies.getAll('candidate', [created[0]!])).toEqual(new Map());
  });

  it('refuses the copy of a reader that read the profile before an edit', async () => {
    const { id } = await aPerson('Copie-Delta');
    const people = testApp.deps.mongo.collection('candidates');
    const readBefore = await people.findOne({ _id: new Types.ObjectId(id) });

    await testApp
      .http()
      .patch(`/api/v1/candidates/${id}`)
      .set(...bearer(adviser))
      .send({ contact: { lastName: 'Copie-Delta-Martin' } })
      .expect(200);
    await copies.keepAll('candidate', [copyOf(versionedFamily(copies, 'candidate'), readBefore as never)]);

    expect(await caseloadNames()).toContain('Copie-Delta-Martin');
    expect(await caseloadNames()).not.toContain('Copie-Delta');
  });
});

describe('a profile’s copy', () => {
  it('is the profile the database gives, and only to its own organisation', async () => {
    const { id, organizationId } = await aPerson('Copie-Epsilon');
    const candidates = testApp.deps.repositories.candidates;
    const fromTheDatabase = await candidates.findInOrganization(organizationId, id);
    finds('candidates');
    expect(await candidates.listInOrganizationByIds(organizationId, [id])).toEqual([fromTheDatabase]);
    expect(finds('candidates')).toBe(1);
    expect(await candidates.listInOrganizationByIds(organizationId, [id])).toEqual([fromTheDatabase]);
    expect(finds('candidates')).toBe(0);
    expect(await candidates.listInOrganizationByIds(new Types.ObjectId().toHexString(), [id])).toEqual([]);
  });

  it('is announced under the lock before the profile is written, and kept after', async () => {
    const { id } = await aPerson('Copie-Zeta');
    const people = testApp.deps.mongo.collection('candidates');
    const versionOf = async () => (await people.findOne({ _id: new Types.ObjectId(id) }))?.version as number;
    const before = await versionOf();
    const announced: { announced: number; stored: number }[] = [];
    const announce = copies.announceAll.bind(copies);
    const spy = jest.spyOn(copies, 'announceAll').mockImplementation(async (family, versions) => {
      if (family === 'candidate' && versions.some((version) => version.id === id)) {
        announced.push({ announced: versions[0]!.version, stored: await versionOf() });
      }
      await announce(family, versions);
    });
    try {
      await testApp
        .http()
        .patch(`/api/v1/candidates/${id}`)
        .set(...bearer(adviser))
        .send({ status: 'paused' })
        .expect(200);
    } finally {
      spy.mockRestore();
    }
    expect(announced).toEqual([{ announced: before + 1, stored: before }]);
    expect((await copies.getAll('candidate', [id])).get(id)?.version).toBe(before + 1);
  });
});

describe('an offer’s matches read from their copies', () => {
  async function statusesOfTheOffer(offerId: string): Promise<string[]> {
    const page = await testApp
      .http()
      .get(`/api/v1/matches?offerId=${offerId}&limit=20`)
      .set(...bearer(employer))
      .expect(200);
    return (page.body as { items: { status: string }[] }).items.map((item) => item.status);
  }

  it('show each step at once, and nothing of a person erased', async () => {
    const { offerId, candidateId, matchId } = await aMatch(testApp, { employer, adviser });
    finds('matches');
    expect(await statusesOfTheOffer(offerId)).toEqual(['proposed']);
    expect(finds('matches')).toBe(1);
    expect(await statusesOfTheOffer(offerId)).toEqual(['proposed']);
    expect(finds('matches')).toBe(0);

    await takeStep(testApp, employer, matchId, { action: 'request_interview' });
    expect(await statusesOfTheOffer(offerId)).toEqual(['interview_requested']);

    await testApp
      .http()
      .delete(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .expect(204);
    expect(await statusesOfTheOffer(offerId)).toEqual([]);
    expect(await copies.getAll('match', [matchId])).toEqual(new Map());
  });
});

describe('an employer’s offers read from their copies', () => {
  async function titles(): Promise<string[]> {
    const page = await testApp
      .http()
      .get('/api/v1/offers?limit=100')
      .set(...bearer(employer))
      .expect(200);
    return (page.body as { items: { title: string }[] }).items.map((item) => item.title);
  }

  it('show each edit at once, without reading the database', async () => {
    const offerId = await publishOffer(testApp, employer, anOffer().with({ title: 'Copie de conducteur' }).build());
    await titles();
    finds('offers');
    expect(await titles()).toContain('Copie de conducteur');
    expect(finds('offers')).toBe(0);

    await testApp
      .http()
      .patch(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .send({ title: 'Copie de conductrice ou conducteur' })
      .expect(200);
    // The edit kept the offer's new copy: the list reads none from the database.
    finds('offers');
    expect(await titles()).toContain('Copie de conductrice ou conducteur');
    expect(await titles()).not.toContain('Copie de conducteur');
    expect(finds('offers')).toBe(0);
  });

  it('serve one offer’s page, to its employer and to advisers, its edits and its closing seen at once', async () => {
    const offerId = await publishOffer(testApp, employer, anOffer().with({ title: 'Copie de cariste' }).build());
    const titleFor = async (token: string, expected = 200) =>
      (
        (
          await testApp
            .http()
            .get(`/api/v1/offers/${offerId}`)
            .set(...bearer(token))
            .expect(expected)
        ).body as { title?: string }
      ).title;
    await titleFor(employer);
    finds('offers');
    expect(await titleFor(employer)).toBe('Copie de cariste');
    expect(await titleFor(adviser)).toBe('Copie de cariste');
    expect(finds('offers')).toBe(0);

    await testApp
      .http()
      .patch(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .send({ title: 'Copie de cariste CACES 3' })
      .expect(200);
    expect(await titleFor(employer)).toBe('Copie de cariste CACES 3');
    expect(await titleFor(adviser)).toBe('Copie de cariste CACES 3');
    // Another employer is refused the copy as the database's document: the scope is checked on it.
    const otherEmployer = (await anAccount(testApp, (await login(testApp, adminCredentials)).accessToken, 'employer'))
      .accessToken;
    await titleFor(otherEmployer, 404);

    await testApp
      .http()
      .post(`/api/v1/offers/${offerId}/close`)
      .set(...bearer(employer))
      .expect(200);
    // Closed: no longer published, so advisers no longer see it, from its copy either.
    await titleFor(adviser, 404);
  });
});

describe('an erasure', () => {
  it('leaves no copy of a match the person’s list missed', async () => {
    const { offerId, candidateId, matchId } = await aMatch(testApp, { employer, adviser });
    const { QUEUE_PREFIX, MONGO_DB_NAME } = testApp.deps.config;
    // A write that stopped between the offer's list and the person's (matchLists.ts: the offer's first).
    await new RedisIdLists(testApp.deps.redis, `${QUEUE_PREFIX}:lists:${MONGO_DB_NAME}`).remove(
      candidateList(candidateId),
      [matchId],
    );
    const page = await testApp
      .http()
      .get(`/api/v1/matches?offerId=${offerId}&limit=20`)
      .set(...bearer(employer))
      .expect(200);
    expect((page.body as { items: unknown[] }).items).toHaveLength(1);
    expect((await copies.getAll('match', [matchId])).size).toBe(1);

    await testApp
      .http()
      .delete(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .expect(204);
    expect(await copies.getAll('match', [matchId])).toEqual(new Map());
    const after = await testApp
      .http()
      .get(`/api/v1/matches?offerId=${offerId}&limit=20`)
      .set(...bearer(employer))
      .expect(200);
    expect((after.body as { items: unknown[] }).items).toEqual([]);
  });
});

describe('a user’s notifications read from their copies', () => {
  it('leave the unread page once read, one by one or all at once', async () => {
    const stored = ['a', 'b', 'c'].map((letter, index) => ({
      id: new Types.ObjectId().toHexString(),
      userId: 'user-of-copies',
      category: 'interviews' as const,
      title: `Notification ${letter}`,
      body: 'Une étape de la mise en relation.',
      link: '/suivi',
      createdAt: new Date(Date.UTC(2026, 11, 1, 10, index)),
      readAt: null,
    }));
    const inApp = testApp.deps.repositories.inApp;
    await inApp.storeAll(stored);
    const page = () => inApp.list('user-of-copies', { unreadOnly: false }, { limit: 20 });
    const unread = () => inApp.list('user-of-copies', { unreadOnly: true }, { limit: 20 });
    expect((await page()).map((item) => item.readAt)).toEqual([null, null, null]);

    expect(await inApp.markRead('user-of-copies', stored[0]!.id, new Date())).toBe(true);
    expect((await unread()).map((item) => item.id)).toEqual([stored[2]!.id, stored[1]!.id]);
    expect((await page()).find((item) => item.id === stored[0]!.id)?.readAt).toBeInstanceOf(Date);

    await inApp.markAllRead('user-of-copies', new Date());
    expect(await unread()).toEqual([]);
    expect((await page()).every((item) => item.readAt instanceof Date)).toBe(true);
  });
});
