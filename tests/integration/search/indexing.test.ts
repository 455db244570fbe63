import { Types } from 'mongoose';
import { candidatesIndex } from '../../../shared/ports/searchIndexes/candidatesIndex';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { eventually } from '../../support/eventually';
import { createCandidate as createCandidateAs, publishOffer } from '../../support/writes';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let employer: string;
let adviser: string;
let otherAdviser: string;

beforeAll(async () => {
  testApp = await startTestApp();
  // The indexing worker runs where the embedded index lives: here, as in the API process.
  workers = await startWorkers(testApp.deps, ['indexing']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  otherAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});

const publishedOffer = async (body = anOffer().build()) => ({ id: await publishOffer(testApp, employer, body) });

async function searchOfferIds(query: string): Promise<string[]> {
  const response = await testApp
    .http()
    .get(`/api/v1/offers/search?${query}`)
    .set(...bearer(adviser))
    .expect(200);
  return (response.body.items as { offer: { id: string } }[]).map((item) => item.offer.id);
}

async function searchCandidateIds(token: string, query: string): Promise<string[]> {
  const response = await testApp
    .http()
    .get(`/api/v1/candidates/search?${query}`)
    .set(...bearer(token))
    .expect(200);
  return (response.body.items as { candidate: { id: string } }[]).map((item) => item.candidate.id);
}

const createCandidate = (body = aCandidate().build()) => createCandidateAs(testApp, adviser, body);

/** A profile with this skill, once its advisers' search finds it. */
async function anIndexedCandidate(skill: string): Promise<string> {
  const { id } = await createCandidate(
    aCandidate()
      .with({ skills: [skill] })
      .build(),
  );
  await eventually(async () =>
    expect(await searchCandidateIds(adviser, `q=${encodeURIComponent(skill)}`)).toContain(id),
  );
  return id;
}

/** What the engine itself holds for a text, whatever the database says. */
async function idsInCandidateIndex(text: string): Promise<string[]> {
  const result = await testApp.deps.searchEngine.search(candidatesIndex.name, { text, limit: 100 });
  return result.hits.map((hit) => hit.document.id);
}

/** The removal an erasure records first, dated before the sweeper's grace period. */
async function recordRemovalBeforeCrash(id: string): Promise<void> {
  await testApp.deps.mongo.collection('indexRemovals').insertOne({
    _id: `candidate/${id}` as never,
    entity: 'candidate',
    entityId: id,
    requestedAt: new Date(Date.now() - 60_000),
  });
}

describe('indexing and search', () => {
  it('a published offer is found within 2 s; a change too; once closed it is gone', async () => {
    const { id } = await publishedOffer(anOffer().with({ title: 'Cariste quai frigorifique' }).build());

    await eventually(async () => expect(await searchOfferIds('q=cariste%20frigorifique')).toContain(id));
    await testApp
      .http()
      .patch(`/api/v1/offers/${id}`)
      .set(...bearer(employer))
      .send({ title: 'Préparateur de commandes' })
      .expect(200);
    await eventually(async () => expect(await searchOfferIds('q=preparateur%20commandes')).toContain(id));
    await testApp
      .http()
      .post(`/api/v1/offers/${id}/close`)
      .set(...bearer(employer))
      .expect(200);
    await eventually(async () => expect(await searchOfferIds('q=preparateur%20commandes')).not.toContain(id));
  });

  it('a draft is never found', async () => {
    const created = await testApp
      .http()
      .post('/api/v1/offers')
      .set(...bearer(employer))
      .send(anOffer().with({ title: 'Brouillon soudeur TIG' }).build())
      .expect(201);
    // The published offer below is indexed after the draft's job: once it is found, the draft's job has run.
    const { id: marker } = await publishedOffer(anOffer().with({ title: 'Soudeur TIG confirmé' }).build());

    await eventually(async () => expect(await searchOfferIds('q=soudeur')).toContain(marker));
    expect(await searchOfferIds('q=soudeur')).not.toContain(created.body.id);
  });

  it('offers are filtered by sector, contract and radius around a commune, with facets', async () => {
    const { id: lens } = await publishedOffer(
      anOffer()
        .inCommune({ postalCode: '62300', name: 'Lens' })
        .with({ title: 'Maçon VRD', job: { romeCode: 'F1703' }, contractType: 'cdd', durationMonths: 6 })
        .build(),
    );
    const { id: creteil } = await publishedOffer(
      anOffer()
        .inCommune({ name: 'Créteil' })
        .with({ title: 'Maçon coffreur', job: { romeCode: 'F1703' } })
        .build(),
    );

    await eventually(async () =>
      expect(await searchOfferIds('q=macon')).toEqual(expect.arrayContaining([lens, creteil])),
    );
    expect(await searchOfferIds('q=macon&communeName=Arras&radiusKm=30')).toEqual([lens]);
    expect(await searchOfferIds('q=macon&sector=construction&contract=cdi')).toEqual([creteil]);
    const response = await testApp
      .http()
      .get('/api/v1/offers/search?sector=construction')
      .set(...bearer(adviser))
      .expect(200);
    expect(response.body.facets.departmentCode).toMatchObject({ '62': 1, '94': 1 });
    const nearLens = await testApp
      .http()
      .get('/api/v1/offers/search?q=macon&inseeCode=62498')
      .set(...bearer(adviser));
    expect(nearLens.body.items[0].distanceKm).toBeLessThan(1);
  });

  it('an unknown commune in a search is a 400 naming the query field', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/offers/search?communeName=Atlantide')
      .set(...bearer(adviser));

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'query.communeName', reason: expect.any(String) }]);
  });

  it('advisers search only the profiles of their own organisation', async () => {
    const { id } = await createCandidate();

    await eventually(async () => expect(await searchCandidateIds(adviser, 'q=poids%20lourd')).toContain(id));
    expect(await searchCandidateIds(otherAdviser, 'q=poids%20lourd')).not.toContain(id);
    expect(await searchCandidateIds(adviser, 'q=poids%20lourd&communeName=Tourcoing&radiusKm=10')).toContain(id);
    expect(await searchCandidateIds(adviser, 'q=poids%20lourd&postalCode=94000&radiusKm=10')).not.toContain(id);
  });

  it('index documents never hold contact data, notes or barriers', async () => {
    const { id, organizationId } = await createCandidate();
    await testApp
      .http()
      .post(`/api/v1/candidates/${id}/barriers`)
      .set(...bearer(adviser))
      .send({ kind: 'health', notes: 'Suivi médical' })
      .expect(201);

    const document = await eventually(async () => {
      const result = await testApp.deps.searchEngine.search(candidatesIndex.name, {
        where: [{ field: 'organizationId', equals: organizationId }],
        limit: 100,
      });
      const hit = result.hits.find((candidate) => candidate.document.id === id);
      expect(hit).toBeDefined();
      return hit?.document;
    });

    const serialized = JSON.stringify(document);
    for (const secret of [
      'Samia',
      'Benali',
      'samia.benali',
      '+33612345678',
      '612345678',
      'Roubaix',
      'health',
      'Suivi médical',
    ]) {
      expect(serialized).not.toContain(secret);
    }
  });

  it('erasure removes the search document', async () => {
    const id = await anIndexedCandidate('Hayon élévateur');

    await testApp
      .http()
      .delete(`/api/v1/candidates/${id}`)
      .set(...bearer(adviser))
      .expect(204);

    await eventually(async () => expect(await idsInCandidateIndex('hayon')).not.toContain(id));
  });

  it('a write whose job was lost (crash before the enqueue) is indexed by the sweeper', async () => {
    const { id } = await publishedOffer();
    await eventually(async () => expect(await searchOfferIds('q=conducteur')).toContain(id));
    // A write straight to the repository, as if the process died before enqueueing its job.
    const offer = await testApp.deps.repositories.offers.findById(id);
    await testApp.deps.repositories.offers.update(
      offer!.organizationId,
      id,
      { title: 'Ambulancier de nuit' },
      ['published'],
      new Date(Date.now() - 60_000),
    );
    expect(await searchOfferIds('q=ambulancier')).not.toContain(id);

    const swept = await testApp.deps.useCases.sweepSearchIndex.execute();

    expect(swept.reindexed).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect(await searchOfferIds('q=ambulancier')).toContain(id));
    // Once acknowledged, the write is settled: the next sweep enqueues nothing for it.
    await eventually(async () => expect((await testApp.deps.useCases.sweepSearchIndex.execute()).reindexed).toBe(0));
  });

  it('an erasure interrupted before its job is finished by the sweeper', async () => {
    const id = await anIndexedCandidate('Benne basculante');
    // The removal is recorded and the profile deleted, then the process dies before enqueueing.
    await recordRemovalBeforeCrash(id);
    await testApp.deps.mongo.collection('candidates').deleteOne({ _id: new Types.ObjectId(id) });

    const swept = await testApp.deps.useCases.sweepSearchIndex.execute();

    expect(swept.removed).toBe(1);
    await eventually(async () => expect(await idsInCandidateIndex('benne')).not.toContain(id));
    await eventually(async () => expect(await testApp.deps.mongo.collection('indexRemovals').countDocuments()).toBe(0));
  });

  it('a removal recorded for a profile that is still there (erasure interrupted early) is dropped, the profile stays found', async () => {
    const id = await anIndexedCandidate('Grue auxiliaire');
    await recordRemovalBeforeCrash(id);

    await testApp.deps.useCases.sweepSearchIndex.execute();

    expect(await testApp.deps.mongo.collection('indexRemovals').countDocuments({ entityId: id })).toBe(0);
    expect(await searchCandidateIds(adviser, 'q=grue')).toContain(id);
  });

  it('running the sync job of a profile twice leaves one identical document', async () => {
    const id = await anIndexedCandidate('Palettiseur');
    const before = await idsInCandidateIndex('palettiseur');

    const outcomes = [
      await testApp.deps.useCases.syncSearchDocument.execute({ entity: 'candidate', id }),
      await testApp.deps.useCases.syncSearchDocument.execute({ entity: 'candidate', id }),
    ];

    expect(outcomes).toEqual(['indexed', 'indexed']);
    expect(await idsInCandidateIndex('palettiseur')).toEqual(before);
    expect(before.filter((hit) => hit === id)).toHaveLength(1);
  });
});
