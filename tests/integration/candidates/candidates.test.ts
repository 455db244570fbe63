import { Types } from 'mongoose';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate } from '../../support/builders';
import { indexingJobsOf } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let adviser: string;
let otherOrganizationAdviser: string;
let employer: string;

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  otherOrganizationAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
});
afterAll(() => testApp.close());

async function createCandidate(token: string, body = aCandidate().consenting().build()) {
  return testApp
    .http()
    .post('/api/v1/candidates')
    .set(...bearer(token))
    .send(body);
}

function problemFields(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

describe('candidate profiles', () => {
  it('an adviser records a profile: mobile in E.164, place and jobs resolved, consent recorded with who and when', async () => {
    const response = await createCandidate(adviser);

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'active',
      contact: { firstName: 'Samia', mobile: '+33612345678', email: 'samia.benali@example.test' },
      homeCommune: { inseeCode: '59512', name: 'Roubaix', postalCode: '59100' },
      desiredJobs: [{ romeCode: 'N4101', sector: 'transport_logistics' }],
      desiredSectors: ['transport_logistics'],
      experiences: [{ romeCode: 'N4101', months: 18 }],
      consent: { shareWithEmployers: true },
    });
    expect(response.body.experiences[0].label).toEqual(expect.any(String));
    expect(new Date(response.body.consent.recordedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    [
      'a landline as mobile',
      aCandidate().with({ contact: { firstName: 'A', lastName: 'B', mobile: '03 20 12 34 56' } }),
      'contact.mobile',
    ],
    [
      'an invalid email',
      aCandidate().with({ contact: { firstName: 'A', lastName: 'B', email: 'pas-un-email' } }),
      'contact.email',
    ],
    ['no desired job', aCandidate().with({ desiredJobs: [] }), 'desiredJobs'],
    [
      'an unknown experience ROME code',
      aCandidate().with({ experiences: [{ romeCode: 'N9999', months: 3 }] }),
      'experiences.0.romeCode',
    ],
    ['an unknown home commune', aCandidate().livingIn({ name: 'Atlantide' }), 'homeCommune.name'],
    [
      'a latest end before the earliest start',
      aCandidate().with({ availability: { earliestStartHour: 14, latestEndHour: 9 } }),
      'availability.latestEndHour',
    ],
    ['a birth date', aCandidate().with({ birthDate: '1990-01-01' }), 'birthDate'],
    ['a nationality', aCandidate().with({ nationality: 'FR' }), 'nationality'],
    ['RSA status', aCandidate().with({ rsaBeneficiary: true }), 'rsaBeneficiary'],
    [
      'half of a UTF-16 pair in the last name',
      aCandidate().with({ contact: { firstName: 'Samia', lastName: '\uD800x' } }),
      'contact.lastName',
    ],
    [
      'a bidi override for a first name',
      aCandidate().with({ contact: { firstName: '\u202E', lastName: 'Benali' } }),
      'contact.firstName',
    ],
    ['a skill that is blank', aCandidate().with({ skills: ['   '] }), 'skills.0'],
    ['an availability in 2202', aCandidate().with({ availability: { from: '2202-01-05' } }), 'availability.from'],
  ])('%s is a 400 naming the field, and nothing is written', async (_case, builder, field) => {
    const before = await testApp.deps.mongo.collection('candidates').countDocuments();

    const response = await createCandidate(adviser, builder.build());

    expect(response.status).toBe(400);
    expect(problemFields(response.body)).toContain(field);
    expect(await testApp.deps.mongo.collection('candidates').countDocuments()).toBe(before);
  });

  it('an adviser of another organisation gets 404 on every route of the profile', async () => {
    const { body: profile } = await createCandidate(adviser);
    const path = `/api/v1/candidates/${profile.id}`;

    const responses = await Promise.all([
      testApp
        .http()
        .get(path)
        .set(...bearer(otherOrganizationAdviser)),
      testApp
        .http()
        .patch(path)
        .set(...bearer(otherOrganizationAdviser))
        .send({ skills: ['x'] }),
      testApp
        .http()
        .delete(path)
        .set(...bearer(otherOrganizationAdviser)),
      testApp
        .http()
        .get(`${path}/export`)
        .set(...bearer(otherOrganizationAdviser)),
      testApp
        .http()
        .get(`${path}/barriers`)
        .set(...bearer(otherOrganizationAdviser)),
    ]);

    expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    const list = await testApp
      .http()
      .get('/api/v1/candidates')
      .set(...bearer(otherOrganizationAdviser));
    expect(list.body.items).toEqual([]);
  });

  it('an employer gets 403 on every candidate route', async () => {
    const { body: profile } = await createCandidate(adviser);
    const path = `/api/v1/candidates/${profile.id}`;

    const responses = await Promise.all([
      testApp
        .http()
        .post('/api/v1/candidates')
        .set(...bearer(employer))
        .send(aCandidate().build()),
      testApp
        .http()
        .get('/api/v1/candidates')
        .set(...bearer(employer)),
      testApp
        .http()
        .get('/api/v1/candidates/search')
        .set(...bearer(employer)),
      testApp
        .http()
        .get(path)
        .set(...bearer(employer)),
      testApp
        .http()
        .patch(path)
        .set(...bearer(employer))
        .send({ skills: ['x'] }),
      testApp
        .http()
        .delete(path)
        .set(...bearer(employer)),
      testApp
        .http()
        .get(`${path}/export`)
        .set(...bearer(employer)),
      testApp
        .http()
        .get(`${path}/barriers`)
        .set(...bearer(employer)),
    ]);

    expect(responses.map((response) => response.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
  });

  it('a change of contact keeps the fields it does not mention; withdrawing consent is recorded', async () => {
    const { body: profile } = await createCandidate(adviser);

    const response = await testApp
      .http()
      .patch(`/api/v1/candidates/${profile.id}`)
      .set(...bearer(adviser))
      .send({ contact: { lastName: 'Benali-Martin' }, shareWithEmployers: false });

    expect(response.status).toBe(200);
    expect(response.body.contact).toEqual({
      firstName: 'Samia',
      lastName: 'Benali-Martin',
      email: 'samia.benali@example.test',
      mobile: '+33612345678',
    });
    expect(response.body.consent.shareWithEmployers).toBe(false);
    expect(response.body.version).toBe(2);
  });

  it('names of every script are kept as written, trimmed and in NFC', async () => {
    const response = await createCandidate(
      adviser,
      aCandidate()
        .with({ contact: { firstName: ' Zoe\u0301 ', lastName: 'N’Diaye' } })
        .build(),
    );
    const others = await Promise.all(
      [
        ['Seán', "O'Brien"],
        ['Jean-Pierre', 'Ærø'],
        ['محمد', 'بن علي'],
        ['小明', '王'],
      ].map(([firstName, lastName]) =>
        createCandidate(adviser, aCandidate().with({ contact: { firstName, lastName } }).build()),
      ),
    );

    expect(response.status).toBe(201);
    expect(response.body.contact).toMatchObject({ firstName: 'Zoé', lastName: 'N’Diaye' });
    expect(others.map((other) => other.status)).toEqual([201, 201, 201, 201]);
  });

  it('a change that changes nothing keeps the version and enqueues no indexing', async () => {
    const { body: profile } = await createCandidate(adviser);
    expect(await indexingJobsOf(testApp, profile.id as string)).toEqual([`candidate-${profile.id}-v1`]);

    const response = await testApp
      .http()
      .patch(`/api/v1/candidates/${profile.id}`)
      .set(...bearer(adviser))
      .send({
        // The mobile as typed and the e-mail in capitals are stored as E.164 and in lower case.
        contact: { firstName: 'Samia', mobile: '06 12 34 56 78', email: 'Samia.Benali@example.test' },
        homeCommune: { postalCode: '59100', name: 'Roubaix' },
        desiredJobs: [{ romeCode: 'N4101' }],
        experiences: [{ romeCode: 'N4101', months: 18 }],
        mobility: { maxDistanceKm: 30 },
        availability: { from: null },
        skills: ['Conduite de poids lourd'],
        shareWithEmployers: true,
        referentAdviserId: profile.referentAdviserId,
      });

    expect(response.status).toBe(200);
    expect(response.body).toEqual(profile);
    expect(await indexingJobsOf(testApp, profile.id as string)).toEqual([`candidate-${profile.id}-v1`]);
  });

  it('barriers are read apart: never in the profile, only through their own route', async () => {
    const { body: profile } = await createCandidate(adviser);
    const added = await testApp
      .http()
      .post(`/api/v1/candidates/${profile.id}/barriers`)
      .set(...bearer(adviser))
      .send({ kind: 'childcare', notes: 'Garde d’enfant le mercredi à trouver' });

    const read = await testApp
      .http()
      .get(`/api/v1/candidates/${profile.id}`)
      .set(...bearer(adviser));
    const barriers = await testApp
      .http()
      .get(`/api/v1/candidates/${profile.id}/barriers`)
      .set(...bearer(adviser));

    expect(added.status).toBe(201);
    expect(JSON.stringify(read.body)).not.toContain('childcare');
    expect(JSON.stringify(read.body)).not.toContain('Garde');
    expect(barriers.body.items).toMatchObject([{ kind: 'childcare', status: 'identified' }]);
  });

  it('the export holds everything on the person, barriers included', async () => {
    const { body: profile } = await createCandidate(adviser);
    await testApp
      .http()
      .post(`/api/v1/candidates/${profile.id}/barriers`)
      .set(...bearer(adviser))
      .send({ kind: 'housing', status: 'in_progress', notes: 'Demande de logement en cours' })
      .expect(201);

    const response = await testApp
      .http()
      .get(`/api/v1/candidates/${profile.id}/export`)
      .set(...bearer(adviser));

    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.body.profile).toMatchObject({ id: profile.id, contact: profile.contact });
    expect(response.body.barriers).toMatchObject([{ kind: 'housing', notes: 'Demande de logement en cours' }]);
  });

  it('erasure removes the profile and its barriers and keeps only an anonymous count', async () => {
    const { body: profile } = await createCandidate(adviser);
    await testApp
      .http()
      .post(`/api/v1/candidates/${profile.id}/barriers`)
      .set(...bearer(adviser))
      .send({ kind: 'mobility' })
      .expect(201);
    const barriers = testApp.deps.mongo.collection('candidateBarriers');
    const ofThisPerson = { candidateId: new Types.ObjectId(profile.id as string) };
    expect(await barriers.countDocuments(ofThisPerson)).toBe(1);

    await testApp
      .http()
      .delete(`/api/v1/candidates/${profile.id}`)
      .set(...bearer(adviser))
      .expect(204);

    await testApp
      .http()
      .get(`/api/v1/candidates/${profile.id}`)
      .set(...bearer(adviser))
      .expect(404);
    const db = testApp.deps.mongo;
    expect(await barriers.countDocuments(ofThisPerson)).toBe(0);
    const counts = await db.collection('erasureCounts').find({}).toArray();
    expect(counts.reduce((sum, count) => sum + (count.count as number), 0)).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(counts)).not.toMatch(/Samia|Benali|Roubaix|\+336/);
  });
});
