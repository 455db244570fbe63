import jwt from 'jsonwebtoken';
import { adminCredentials, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
const secret = 'test-secret-that-is-long-enough-for-hs256-0123456789';

beforeAll(async () => {
  testApp = await startTestApp({ env: { JWT_SECRET: secret } });
  await bootstrapAdmin(testApp);
});
afterAll(() => testApp.close());

function expectUnauthenticatedProblem(response: { status: number; headers: Record<string, string>; body: unknown }) {
  expect(response.status).toBe(401);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    type: '/problems/unauthenticated',
    status: 401,
    title: 'Authentification requise',
  });
}

describe('login', () => {
  it('opens a session with the right password and /me answers who is calling', async () => {
    const tokens = await login(testApp, adminCredentials);

    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(tokens.accessToken));

    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { email: adminCredentials.email, role: 'admin' },
      organization: { kind: 'territory' },
    });
    expect(me.body.user).not.toHaveProperty('passwordHash');
  });

  it('issues a 15-minute HS256 token carrying sub, org and role', async () => {
    const tokens = await login(testApp, adminCredentials);

    const decoded = jwt.decode(tokens.accessToken, { complete: true });

    expect(decoded?.header.alg).toBe('HS256');
    const payload = decoded?.payload as jwt.JwtPayload;
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(payload).toMatchObject({ role: 'admin', iss: 'passerelle', aud: 'passerelle-api' });
    expect(payload.sub).toMatch(/^[0-9a-f]{24}$/);
    expect(payload.org).toMatch(/^[0-9a-f]{24}$/);
  });

  it('refuses a wrong password with 401 problem+json that does not say which part was wrong', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ ...adminCredentials, password: 'wrong-password' });

    expectUnauthenticatedProblem(response);
    expect(response.body.detail).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('refuses an unknown email with the same answer as a wrong password', async () => {
    const response = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.test', password: 'whatever' });

    expectUnauthenticatedProblem(response);
    expect(response.body.detail).toBe('Adresse e-mail ou mot de passe incorrect.');
  });
});

describe('access tokens', () => {
  async function adminClaims() {
    const tokens = await login(testApp, adminCredentials);
    const payload = jwt.decode(tokens.accessToken) as jwt.JwtPayload;
    return { sub: payload.sub!, org: payload.org as string, role: 'admin' };
  }

  it('answers 401 when the Authorization header is missing', async () => {
    expectUnauthenticatedProblem(await testApp.http().get('/api/v1/me'));
  });

  it('answers 401 to an expired token', async () => {
    const { sub, ...claims } = await adminClaims();
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, secret, {
      subject: sub,
      issuer: 'passerelle',
      audience: 'passerelle-api',
    });

    const response = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(expired));

    expectUnauthenticatedProblem(response);
    expect(response.body.detail).toBe('Jeton d’accès expiré.');
  });

  it('answers 401 to a token signed with another secret', async () => {
    const { sub, ...claims } = await adminClaims();
    const forged = jwt.sign(claims, 'another-secret-another-secret-another-secret', {
      subject: sub,
      issuer: 'passerelle',
      audience: 'passerelle-api',
      expiresIn: 60,
    });

    expectUnauthenticatedProblem(
      await testApp
        .http()
        .get('/api/v1/me')
        .set(...bearer(forged)),
    );
  });

  it('answers 401 to an unsigned token (alg: none)', async () => {
    const { sub, ...claims } = await adminClaims();
    const unsigned = jwt.sign(claims, '', {
      algorithm: 'none',
      subject: sub,
      issuer: 'passerelle',
      audience: 'passerelle-api',
      expiresIn: 60,
    });

    expectUnauthenticatedProblem(
      await testApp
        .http()
        .get('/api/v1/me')
        .set(...bearer(unsigned)),
    );
  });

  it('answers 401 to a token for another audience', async () => {
    const { sub, ...claims } = await adminClaims();
    const foreign = jwt.sign(claims, secret, {
      subject: sub,
      issuer: 'passerelle',
      audience: 'another-api',
      expiresIn: 60,
    });

    expectUnauthenticatedProblem(
      await testApp
        .http()
        .get('/api/v1/me')
        .set(...bearer(foreign)),
    );
  });

  it('answers 401 to a token from another issuer', async () => {
    const { sub, ...claims } = await adminClaims();
    const foreign = jwt.sign(claims, secret, {
      subject: sub,
      issuer: 'someone-else',
      audience: 'passerelle-api',
      expiresIn: 60,
    });

    expectUnauthenticatedProblem(
      await testApp
        .http()
        .get('/api/v1/me')
        .set(...bearer(foreign)),
    );
  });
});
