import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let token: string;

beforeAll(async () => {
  testApp = await startTestApp();
  await testApp.deps.useCases.indexAppellations.execute();
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  token = (await anAccount(testApp, adminToken, 'employer')).accessToken;
});
afterAll(() => testApp.close());

const suggest = (query: string) =>
  testApp
    .http()
    .get(`/api/v1/reference/appellations?${query}`)
    .set(...bearer(token));

describe('GET /api/v1/reference/appellations', () => {
  it('resolves a free-text title with a typo to the ROME job title, its code and sector', async () => {
    const response = await suggest('q=chaufeur%20poids%20lourd&limit=3');

    expect(response.status).toBe(200);
    expect(response.body.items[0]).toEqual({
      code: expect.stringMatching(/^\d+$/),
      label: 'Chauffeur / Chauffeuse de poids lourd',
      romeCode: 'N4101',
      romeLabel: expect.any(String),
      sector: 'transport_logistics',
    });
  });

  it('finds a title typed without its accents', async () => {
    const response = await suggest('q=macon');

    expect(response.body.items[0].label).toMatch(/^Maçon/);
    expect(response.body.items.every((item: { romeCode: string }) => item.romeCode.startsWith('F'))).toBe(true);
  });

  it('narrows to one sector', async () => {
    const response = await suggest('q=aide&sector=home_services&limit=20');

    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items.every((item: { sector: string }) => item.sector === 'home_services')).toBe(true);
  });

  it('refuses a query under 2 characters, naming the parameter', async () => {
    const response = await suggest('q=a');

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'query.q', reason: expect.any(String) }]);
  });

  it('needs an authenticated caller', async () => {
    const response = await testApp.http().get('/api/v1/reference/appellations?q=cariste');

    expect(response.status).toBe(401);
  });

  it('lists the sectors with their French labels', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/reference/sectors')
      .set(...bearer(token));

    expect(response.body.items).toContainEqual({ code: 'construction', label: 'BTP et construction' });
    expect(response.body.items).toHaveLength(7);
  });

  it('lists the certifications of one kind, with the labels used in explanations', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/reference/certifications?kind=caces')
      .set(...bearer(token));

    expect(response.status).toBe(200);
    expect(response.body.items).toContainEqual({ code: 'CACES_R489_3', kind: 'caces', label: 'CACES R489 cat. 3' });
    expect(response.body.items.every((item: { kind: string }) => item.kind === 'caces')).toBe(true);
  });

  it('refuses an unknown certification kind, naming the parameter', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/reference/certifications?kind=diploma')
      .set(...bearer(token));

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'query.kind', reason: expect.any(String) }]);
  });
});
