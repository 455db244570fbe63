import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { anOffer } from '../../support/builders';
import { indexingJobsOf } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let employer: string;
let otherEmployer: string;
let adviser: string;

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  otherEmployer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(() => testApp.close());

async function createOffer(token: string, body = anOffer().build()) {
  return testApp
    .http()
    .post('/api/v1/offers')
    .set(...bearer(token))
    .send(body);
}

function problemFields(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

describe('offers', () => {
  it('an employer writes a draft: the job, sector and place are resolved from the codes given', async () => {
    const response = await createOffer(employer);

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'draft',
      job: { romeCode: 'N4101', sector: 'transport_logistics', appellationCode: null },
      location: { inseeCode: '59350', name: 'Lille', departmentCode: '59', approximate: false },
      requiredCertifications: ['PERMIS_C', 'FIMO_MARCHANDISES'],
      version: 1,
    });
    expect(response.body.location.location.lat).toBeCloseTo(50.63, 1);
    expect(response.body).not.toHaveProperty('indexedVersion');
  });

  it.each([
    ['an unknown postal code', anOffer().inCommune({ postalCode: '00000' }), 'location.commune.postalCode'],
    ['an ambiguous commune name', anOffer().inCommune({ name: 'Saint-Martin' }), 'location.commune.name'],
    ['an unknown ROME code', anOffer().forJob({ romeCode: 'Z9999' }), 'job.romeCode'],
    ['an unknown appellation', anOffer().forJob({ appellationCode: '999999' }), 'job.appellationCode'],
    ['more than 48 hours a week', anOffer().with({ weeklyHours: 60 }), 'weeklyHours'],
    ['a start hour without an end hour', anOffer().with({ dayStartHour: 6 }), 'dayEndHour'],
    ['an unknown certification', anOffer().with({ requiredCertifications: ['PERMIS_Z'] }), 'requiredCertifications.0'],
    ['an end of publication in the past', anOffer().with({ expiresAt: '2020-01-01T00:00:00Z' }), 'expiresAt'],
    ['an unknown contract type', anOffer().with({ contractType: 'freelance' }), 'contractType'],
    ['a field that does not exist', anOffer().with({ birthDateRequired: true }), 'birthDateRequired'],
    ['a control character in the title', anOffer().with({ title: 'Conducteur\u0000PL' }), 'title'],
    ['a skill of zero-width spaces only', anOffer().with({ requiredSkills: ['\u200B\u200B'] }), 'requiredSkills.0'],
    ['a start date in year 0202', anOffer().with({ startDate: '0202-09-01' }), 'startDate'],
    ['an end of publication in 2202', anOffer().with({ expiresAt: '2202-01-01T00:00:00Z' }), 'expiresAt'],
  ])('%s is a 400 naming the field, and nothing is written', async (_case, builder, field) => {
    const before = await testApp.deps.mongo.collection('offers').countDocuments();

    const response = await createOffer(employer, builder.build());

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problemFields(response.body)).toContain(field);
    expect(await testApp.deps.mongo.collection('offers').countDocuments()).toBe(before);
  });

  it('a title with a control character is a 400 whose reason says which character', async () => {
    const response = await createOffer(employer, anOffer().with({ title: 'Conducteur\u0007PL régional' }).build());

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'title', reason: 'caractère de contrôle interdit (U+0007)' }]);
  });

  it('an out-of-range start date is a 400 naming the field, on a creation and on a change', async () => {
    const { body: offer } = await createOffer(employer);

    const created = await createOffer(employer, anOffer().with({ startDate: '2100-01-01' }).build());
    const changed = await testApp
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .send({ startDate: '1926-09-01' });

    for (const response of [created, changed]) {
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'startDate', reason: 'date entre le 01/01/2000 et le 31/12/2099' },
      ]);
    }
  });

  it('a change that changes nothing keeps the version and the date of the last write, and enqueues no indexing', async () => {
    const { body: offer } = await createOffer(
      employer,
      anOffer()
        .with({ startDate: '2026-09-01', optionalSkills: ['Anglais'] })
        .build(),
    );
    expect(await indexingJobsOf(testApp, offer.id as string)).toEqual([`offer-${offer.id}-v1`]);

    const response = await testApp
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .send({
        // Trimmed and normalised to NFC (an e and a combining accent), the title is the stored one.
        title: '  Conducteur PL re\u0301gional ',
        startDate: '2026-09-01',
        requiredSkills: ['Conduite de poids lourd', 'Arrimage des charges'],
        optionalSkills: ['Anglais'],
        location: { commune: { inseeCode: '59350' } },
        job: { romeCode: 'N4101' },
        weeklyHours: 35,
      });

    expect(response.status).toBe(200);
    expect(response.body).toEqual(offer);
    expect(await indexingJobsOf(testApp, offer.id as string)).toEqual([`offer-${offer.id}-v1`]);
  });

  it('an approximate place is marked so: Paris 12e has no centre of its own in the dataset', async () => {
    const response = await createOffer(employer, anOffer().inCommune({ postalCode: '75012' }).build());

    expect(response.status).toBe(201);
    expect(response.body.location).toMatchObject({ inseeCode: '75112', approximate: true });
  });

  it('another employer, and an adviser before publication, get 404 for the offer', async () => {
    const { body: offer } = await createOffer(employer);

    for (const token of [otherEmployer, adviser]) {
      const response = await testApp
        .http()
        .get(`/api/v1/offers/${offer.id}`)
        .set(...bearer(token));
      expect(response.status).toBe(404);
    }
    const patch = await testApp
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .set(...bearer(otherEmployer))
      .send({ title: 'Détournée' });
    expect(patch.status).toBe(404);
  });

  it('once published, advisers read and list it; publishing twice changes nothing', async () => {
    const { body: offer } = await createOffer(employer);

    const first = await testApp
      .http()
      .post(`/api/v1/offers/${offer.id}/publish`)
      .set(...bearer(employer));
    const second = await testApp
      .http()
      .post(`/api/v1/offers/${offer.id}/publish`)
      .set(...bearer(employer));

    expect(first.status).toBe(200);
    expect(first.body.status).toBe('published');
    expect(new Date(first.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 59 * 24 * 3600 * 1000);
    expect(second.body).toEqual(first.body);
    const read = await testApp
      .http()
      .get(`/api/v1/offers/${offer.id}`)
      .set(...bearer(adviser));
    expect(read.status).toBe(200);
    const list = await testApp
      .http()
      .get('/api/v1/offers?limit=100')
      .set(...bearer(adviser));
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(offer.id);
    expect(list.body.items.every((item: { status: string }) => item.status === 'published')).toBe(true);
  });

  it('an adviser cannot write offers (403)', async () => {
    const response = await createOffer(adviser);
    expect(response.status).toBe(403);
  });

  it('a change bumps the version and is checked like a creation', async () => {
    const { body: offer } = await createOffer(employer);

    const changed = await testApp
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .send({ openings: 3, location: { commune: { postalCode: '62300', name: 'Lens' } } });
    const invalid = await testApp
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .send({ dayStartHour: 22 });

    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ openings: 3, version: 2, location: { name: 'Lens', departmentCode: '62' } });
    expect(changed.body.title).toBe(offer.title);
    expect(invalid.status).toBe(400);
    expect(problemFields(invalid.body)).toEqual(['dayEndHour']);
  });

  it('a published offer is closed, not deleted; a closed offer can no longer change', async () => {
    const { body: offer } = await createOffer(employer);
    await testApp
      .http()
      .post(`/api/v1/offers/${offer.id}/publish`)
      .set(...bearer(employer))
      .expect(200);

    const deletion = await testApp
      .http()
      .delete(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer));
    const closed = await testApp
      .http()
      .post(`/api/v1/offers/${offer.id}/close`)
      .set(...bearer(employer));
    const change = await testApp
      .http()
      .patch(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .send({ openings: 2 });

    expect(deletion.status).toBe(409);
    expect(closed.body.status).toBe('closed');
    expect(change.status).toBe(409);
  });

  it('a draft is deleted', async () => {
    const { body: offer } = await createOffer(employer);

    await testApp
      .http()
      .delete(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .expect(204);

    await testApp
      .http()
      .get(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer))
      .expect(404);
  });

  it('the same external reference twice in one organisation is a 409; another organisation may use it', async () => {
    const body = anOffer().with({ externalRef: 'REF-42' }).build();
    await createOffer(employer, body).then((response) => expect(response.status).toBe(201));

    expect((await createOffer(employer, body)).status).toBe(409);
    expect((await createOffer(otherEmployer, body)).status).toBe(201);
  });

  it('offers past their end date expire with the scheduled job', async () => {
    const { body: offer } = await createOffer(
      employer,
      anOffer()
        .with({ expiresAt: new Date(Date.now() + 60_000).toISOString() })
        .build(),
    );
    await testApp
      .http()
      .post(`/api/v1/offers/${offer.id}/publish`)
      .set(...bearer(employer))
      .expect(200);
    // The end date is moved into the past (through the store, which keeps its lists) rather than the test waiting for it.
    await testApp.deps.repositories.offers.update(
      offer.organizationId as string,
      offer.id as string,
      { expiresAt: new Date(Date.now() - 1000) },
      ['published'],
      new Date(),
    );

    const { expired } = await testApp.deps.useCases.expireOffers.execute();

    expect(expired).toBeGreaterThanOrEqual(1);
    expect(await testApp.deps.useCases.expireOffers.execute()).toEqual({ expired: 0 });
    const read = await testApp
      .http()
      .get(`/api/v1/offers/${offer.id}`)
      .set(...bearer(employer));
    expect(read.body.status).toBe('expired');
  });
});
