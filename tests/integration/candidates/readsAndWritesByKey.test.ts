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

/** Reads of the people's and offers' collections whole since the last call. */
const profileAndOfferScans = () =>
  watch.take().filter((read) => read.collection === 'candidates' || read.collection === 'offers');

beforeAll(async () => {
  testApp = await startTestApp({ monitorCommands: true });
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  otherAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  otherEmployer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
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
    // A filter still reads the collection (issue 17: the caseload's filters from the search index).
    expect(lastNames(await caseload('scope=mine&q=mar'))).toEqual(['Martin']);
  });
});
