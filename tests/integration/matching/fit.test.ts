import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createCandidate, publishOffer } from '../../support/writes';

let testApp: TestApp;
let employer: { accessToken: string; organizationId: string };
let adviser: string;
let stranger: string;
let offerId: string;

interface FitBody {
  eligible: boolean;
  failures: { code: string; reason: string }[];
  assessment: { score: number; breakdown: { criterion: string }[]; explanation: { met: string[] } } | null;
}

const fit = (candidateId: string, offer: string, token = adviser) =>
  testApp
    .http()
    .get(`/api/v1/candidates/${candidateId}/fit?offerId=${offer}`)
    .set(...bearer(token));

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await anAccount(testApp, adminToken, 'employer');
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  stranger = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
  offerId = await publishOffer(testApp, employer.accessToken);
});
afterAll(() => testApp.close());

describe('GET /candidates/:id/fit ("why not this person?")', () => {
  it('scores a person who meets every hard constraint, with the breakdown and explanation of a suggestion', async () => {
    const { id } = await createCandidate(
      testApp,
      adviser,
      aCandidate()
        .consenting()
        .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
        .build(),
    );
    const body = (await fit(id, offerId).expect(200)).body as FitBody;
    expect(body.eligible).toBe(true);
    expect(body.failures).toEqual([]);
    expect(body.assessment?.score).toBeGreaterThan(0);
    expect(body.assessment?.breakdown.map((part) => part.criterion)).toContain('desiredJob');
    expect(body.assessment?.explanation.met.length).toBeGreaterThan(0);
  });

  it('lists every failing hard constraint in French, and no score', async () => {
    const { id } = await createCandidate(
      testApp,
      adviser,
      aCandidate()
        .consenting(false)
        .with({ homeCommune: { postalCode: '75001', name: 'Paris' }, certifications: ['PERMIS_B'] })
        .build(),
    );
    const body = (await fit(id, offerId).expect(200)).body as FitBody;
    expect(body.eligible).toBe(false);
    expect(body.assessment).toBeNull();
    const codes = body.failures.map((failure) => failure.code);
    expect(codes).toEqual(expect.arrayContaining(['no_consent', 'too_far', 'missing_certification']));
    expect(body.failures.find((failure) => failure.code === 'too_far')?.reason).toMatch(/km, au-delà du rayon/);
  });

  it('answers only for the adviser’s own people and published offers, and never to an employer', async () => {
    const { id } = await createCandidate(testApp, adviser);
    await fit(id, offerId, stranger).expect(404);
    await fit(id, offerId, employer.accessToken).expect(403);
    const draft = await testApp
      .http()
      .post('/api/v1/offers')
      .set(...bearer(employer.accessToken))
      .send(anOffer().build())
      .expect(201);
    await fit(id, (draft.body as { id: string }).id).expect(404);
    const missing = (await fit(id, 'nope').expect(400)).body as { errors: { field: string }[] };
    expect(missing.errors.map((error) => error.field)).toEqual(['query.offerId']);
  });
});

describe('GET /organizations/:id/users for members', () => {
  it('lists the colleagues of one’s own organisation, and no other organisation’s', async () => {
    const own = await testApp
      .http()
      .get(`/api/v1/organizations/${employer.organizationId}/users`)
      .set(...bearer(employer.accessToken))
      .expect(200);
    expect((own.body as { items: { role: string }[] }).items.map((user) => user.role)).toEqual(['employer']);
    await testApp
      .http()
      .get(`/api/v1/organizations/${employer.organizationId}/users`)
      .set(...bearer(adviser))
      .expect(404);
  });
});
