import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('first administrator', () => {
  it('is created once with its territory, however many times the API starts (even concurrently)', async () => {
    const input = { email: 'Admin@Territoire.test', password: 'first-admin-password', territoryName: 'Nord' };

    const outcomes = await Promise.all([
      testApp.deps.useCases.ensureFirstAdmin.execute(input),
      testApp.deps.useCases.ensureFirstAdmin.execute(input),
    ]);
    const later = await testApp.deps.useCases.ensureFirstAdmin.execute(input);

    expect(outcomes.sort()).toEqual(['already_present', 'created']);
    expect(later).toBe('already_present');
    const admins = await testApp.deps.mongo.collection('users').find({ role: 'admin' }).toArray();
    expect(admins.map((admin) => admin.email)).toEqual(['admin@territoire.test']);
    const login = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'admin@territoire.test', password: input.password });
    expect(login.status).toBe(200);
  });
});
