import {
  watchWholeCollectionReads,
  type WholeCollectionReadWatch,
} from '../../../shared/adapters/mongo/wholeCollectionReads';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let watch: WholeCollectionReadWatch;
let adviser: string;
let otherAdviser: string;
let employer: string;
let otherEmployer: string;
let employerlessAdviser: string;

/** Reads of the people's, offers', matches' and suggestions' collections whole since the last call. */
const profileAndOfferScans = () =>
  watch.take().filter((read) => ['candidates', 'offers', 'matches', 'suggestionLists'].includes(read.collection));

beforeAll(async () => {
  testApp = await startTestApp({ monitorCommands: true });
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  otherAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  otherEmployer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  employerlessAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  watch = watchWholeCollectionReads(testApp.deps.mongo);
});
afterAll(async () => {
  watch?.stop();
  await testApp.close();
});

describe('edits of a profile and of an offer', () => {
  it('are written by key, scoped to their organisation, without reading a whole collection', async () => {
    const person = await testApp
      .http()
      .post('/api/v1/candidates')
      .set(...bearer(adviser))
      .send(aCandidate().build())
      .expect(201);
    const offer = await testApp
      .http()
      .post('/api/v1/offers')
      .set(...bearer(employer))
      .send(anOffer().build())
      .expect(201);
    const personId = (person.body as { id: string }).id;
    const offerId = (offer.body as { id: string }).id;

    profileAndOfferScans();
    await testApp
      .http()
      .patch(`/api/v1/candidates/${personId}`)
      .set(...bearer(adviser))
      .send({ contact: { lastName: 'Benali-Martin' } })
      .expect(200);
    await testApp
      .http()
      .patch(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .send({ title: 'Conducteur PL régional de nuit' })
      .expect(200);
    // Another organisation's edits find nothing to change.
    await testApp
      .http()
      .patch(`/api/v1/candidates/${personId}`)
      .set(...bearer(otherAdviser))
      .send({ contact: { lastName: 'Intrus' } })
      .expect(404);
    await testApp
      .http()
      .delete(`/api/v1/offers/${offerId}`)
      .set(...bearer(otherEmployer))
      .expect(404);
    expect(profileAndOfferScans()).toEqual([]);

    const stored = await testApp.deps.repositories.candidates.findById(personId);
    expect(stored?.contact.lastName).toBe('Benali-Martin');
    expect(stored?.version).toBe(2);
    expect((await testApp.deps.repositories.offers.findById(offerId))?.title).toBe('Conducteur PL régional de nuit');

    await testApp
      .http()
      .delete(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .expect(204);
    expect(await testApp.deps.repositories.offers.findById(offerId)).toBeNull();
  });

  it('made at once on one profile each apply, none lost', async () => {
    const person = await testApp
      .http()
      .post('/api/v1/candidates')
      .set(...bearer(adviser))
      .send(aCandidate().build())
      .expect(201);
    const personId = (person.body as { id: string }).id;
    // None of them the profile's own (an edit that changes nothing writes nothing).
    const skills = ['Arrimage des charges', 'Gestes et postures', 'Lecture de plans', 'Conduite en sécurité'];
    await Promise.all(
      skills.map((skill) =>
        testApp
          .http()
          .patch(`/api/v1/candidates/${personId}`)
          .set(...bearer(adviser))
          .send({ skills: [skill] })
          .expect(200),
      ),
    );
    const stored = await testApp.deps.repositories.candidates.findById(personId);
    // Four versions after the first: each edit applied once, one after the other.
    expect(stored?.version).toBe(5);
    expect(skills).toContainEqual(stored?.skills[0]);
  });

  it('leave the caseload’s unfiltered pages in name order, counted, without reading the people’s collection', async () => {
    const names = ['Zola', 'Aubert', 'Martin', 'Ba'];
    const created: string[] = [];
    for (const lastName of names) {
      const response = await testApp
        .http()
        .post('/api/v1/candidates')
        .set(...bearer(otherAdviser))
        .send(
          aCandidate()
            .with({ contact: { firstName: 'Lina', lastName } })
            .build(),
        )
        .expect(201);
      created.push((response.body as { id: string }).id);
    }
    const caseload = async (query: string) => {
      const response = await testApp
        .http()
        .get(`/api/v1/candidates/caseload?${query}`)
        .set(...bearer(otherAdviser))
        .expect(200);
      return response.body as { items: { candidate: { contact: { lastName: string } } }[]; total: number };
    };
    const lastNames = (page: Awaited<ReturnType<typeof caseload>>) =>
      page.items.map((item) => item.candidate.contact.lastName);

    // Renamed: the person moves to their new place.
    await testApp
      .http()
      .patch(`/api/v1/candidates/${created[0]}`)
      .set(...bearer(otherAdviser))
      .send({ contact: { lastName: 'Carpentier' } })
      .expect(200);
    profileAndOfferScans();
    const first = await caseload('scope=mine&limit=2');
    const second = await caseload('scope=mine&limit=2&offset=2');
    const structure = await caseload('scope=organization&limit=10');
    expect(profileAndOfferScans()).toEqual([]);

    expect([...lastNames(first), ...lastNames(second)]).toEqual(['Aubert', 'Ba', 'Carpentier', 'Martin']);
    expect(first.total).toBe(4);
    expect(lastNames(structure)).toEqual(['Aubert', 'Ba', 'Carpentier', 'Martin']);
  });

  it('answer the caseload’s filters from the lists, in name order, counted, and follow each edit', async () => {
    // Every one of them also wants the builder's heavy-goods driver job, in transport_logistics.
    const people = [
      { lastName: 'Zeller', sector: 'construction', consent: true },
      { lastName: 'Marchal', sector: 'construction', consent: false },
      { lastName: 'Adam', sector: 'transport_logistics', consent: true },
      { lastName: 'Marin', sector: 'construction', consent: true },
    ];
    const ids: string[] = [];
    for (const { lastName, sector, consent } of people) {
      const response = await testApp
        .http()
        .post('/api/v1/candidates')
        .set(...bearer(employerlessAdviser))
        .send(
          aCandidate()
            .with({ contact: { firstName: 'Inès', lastName }, desiredSectors: [sector] })
            .consenting(consent)
            .build(),
        )
        .expect(201);
      ids.push((response.body as { id: string }).id);
    }
    const caseload = async (query: string) => {
      const response = await testApp
        .http()
        .get(`/api/v1/candidates/caseload?scope=organization&${query}`)
        .set(...bearer(employerlessAdviser))
        .expect(200);
      const body = response.body as { items: { candidate: { contact: { lastName: string } } }[]; total: number };
      return { names: body.items.map((item) => item.candidate.contact.lastName), total: body.total };
    };

    profileAndOfferScans();
    expect(await caseload('sector=construction')).toEqual({ names: ['Marchal', 'Marin', 'Zeller'], total: 3 });
    expect(await caseload('sector=construction&limit=1&offset=1')).toEqual({ names: ['Marin'], total: 3 });
    expect(await caseload('sector=construction&consent=given')).toEqual({ names: ['Marin', 'Zeller'], total: 2 });
    expect(await caseload('consent=not_given')).toEqual({ names: ['Marchal'], total: 1 });
    // Part of a name, whatever its case, among the filters' people.
    expect(await caseload('q=MAR&sector=construction')).toEqual({ names: ['Marchal', 'Marin'], total: 2 });
    expect(await caseload('q=adam')).toEqual({ names: ['Adam'], total: 1 });
    // Nobody has suggestions yet (no matching worker here): counted without reading the lists.
    expect(await caseload('hasSuggestions=true')).toEqual({ names: [], total: 0 });
    expect(profileAndOfferScans()).toEqual([]);

    // A person who changes sector and status leaves their old filters for the new ones.
    await testApp
      .http()
      .patch(`/api/v1/candidates/${ids[3]}`)
      .set(...bearer(employerlessAdviser))
      .send({ desiredSectors: ['transport_logistics'], status: 'paused' })
      .expect(200);
    expect(await caseload('sector=construction')).toEqual({ names: ['Marchal', 'Zeller'], total: 2 });
    expect(await caseload('sector=transport_logistics&status=paused')).toEqual({ names: ['Marin'], total: 1 });
    expect(await caseload('status=active')).toEqual({ names: ['Adam', 'Marchal', 'Zeller'], total: 3 });

    // Rebuilt from the collection (a start that finds them missing): the same pages.
    await testApp.deps.repositories.candidates.rebuildCaseloadLists();
    profileAndOfferScans();
    expect(await caseload('sector=construction')).toEqual({ names: ['Marchal', 'Zeller'], total: 2 });
    expect(await caseload('status=paused')).toEqual({ names: ['Marin'], total: 1 });
    expect(profileAndOfferScans()).toEqual([]);
  });
});

describe('an import’s lookups', () => {
  it('find a row’s profile by its external reference by key, and only in its organisation', async () => {
    const created = await testApp
      .http()
      .post('/api/v1/candidates')
      .set(...bearer(adviser))
      .send(aCandidate().with({ externalRef: 'RSA-59-000123' }).build())
      .expect(201);
    const person = created.body as { id: string; organizationId: string };
    const candidates = testApp.deps.repositories.candidates;
    profileAndOfferScans();
    expect((await candidates.findByExternalRef(person.organizationId, 'RSA-59-000123'))?.id).toBe(person.id);
    expect(await candidates.findByExternalRef(person.organizationId, 'RSA-59-999999')).toBeNull();
    expect(profileAndOfferScans()).toEqual([]);
    // The same reference twice in one organisation is refused (the unique index stays the guard).
    await testApp
      .http()
      .post('/api/v1/candidates')
      .set(...bearer(adviser))
      .send(aCandidate().with({ externalRef: 'RSA-59-000123' }).build())
      .expect(409);
  });
});

describe('the offers’ lists', () => {
  it('page an employer’s offers by status and the advisers’ published ones, and give the expiry jobs theirs, without reading the offers’ collection', async () => {
    const employerToken = (await anAccount(testApp, (await login(testApp, adminCredentials)).accessToken, 'employer'))
      .accessToken;
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const ids: string[] = [];
    for (const [title, expiresAt] of [
      ['Cariste', inDays(3)],
      ['Préparateur de commandes', inDays(40)],
      ['Magasinier', null],
    ] as const) {
      const created = await testApp
        .http()
        .post('/api/v1/offers')
        .set(...bearer(employerToken))
        .send(anOffer().with({ title, expiresAt }).build())
        .expect(201);
      ids.push((created.body as { id: string }).id);
    }
    for (const id of ids.slice(0, 2)) {
      await testApp
        .http()
        .post(`/api/v1/offers/${id}/publish`)
        .set(...bearer(employerToken))
        .expect(200);
    }
    const titles = (body: unknown) => (body as { items: { title: string }[] }).items.map((offer) => offer.title);
    const list = async (token: string, query: string) =>
      (
        await testApp
          .http()
          .get(`/api/v1/offers?${query}`)
          .set(...bearer(token))
          .expect(200)
      ).body as { items: { id: string; title: string }[]; nextCursor: string | null };

    profileAndOfferScans();
    const first = await list(employerToken, 'limit=2');
    expect(titles(first)).toEqual(['Cariste', 'Préparateur de commandes']);
    expect(titles(await list(employerToken, `limit=2&after=${first.nextCursor}`))).toEqual(['Magasinier']);
    expect(titles(await list(employerToken, 'status=draft'))).toEqual(['Magasinier']);
    expect(titles(await list(employerToken, 'status=published'))).toEqual(['Cariste', 'Préparateur de commandes']);
    // Another employer's list holds none of them; an adviser's holds the published ones.
    expect((await list(otherEmployer, 'limit=100')).items.filter((offer) => ids.includes(offer.id))).toEqual([]);
    const published = (await list(adviser, 'limit=100')).items.filter((offer) => ids.includes(offer.id));
    expect(titles({ items: published })).toEqual(['Cariste', 'Préparateur de commandes']);
    const offers = testApp.deps.repositories.offers;
    expect((await offers.listPublishedEndingBefore(new Date(inDays(7)))).map((offer) => offer.title)).toEqual([
      'Cariste',
    ]);
    expect((await offers.listExpired(new Date(inDays(60)), 10)).map((offer) => offer.title)).toEqual([
      'Cariste',
      'Préparateur de commandes',
    ]);
    expect(profileAndOfferScans()).toEqual([]);

    // Closed, an offer leaves the published lists and joins its status' list.
    await testApp
      .http()
      .post(`/api/v1/offers/${ids[0]}/close`)
      .set(...bearer(employerToken))
      .expect(200);
    expect(titles(await list(employerToken, 'status=published'))).toEqual(['Préparateur de commandes']);
    expect(titles(await list(employerToken, 'status=closed'))).toEqual(['Cariste']);
    expect(await offers.listPublishedEndingBefore(new Date(inDays(7)))).toEqual([]);
    expect((await list(adviser, 'limit=100')).items.filter((offer) => offer.id === ids[0])).toEqual([]);
  });
});
