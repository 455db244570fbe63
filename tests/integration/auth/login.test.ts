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
  /** A token with the admin's real claims, signed and addressed as the test says. */
  async function adminToken(
    options: {
      secret?: string;
      algorithm?: jwt.Algorithm;
      issuer?: string;
      audience?: string;
      expiresIn?: number;
    } = {},
  ): Promise<string> {
    const tokens = await login(testApp, adminCredentials);
    const payload = jwt.decode(tokens.accessToken) as jwt.JwtPayload;
    const expiry = options.expiresIn ?? 60;
    return jwt.sign(
      {
        org: payload.org as string,
        role: 'admin',
        sid: payload.sid as string,
        iat_ms: payload.iat_ms as number,
        exp: Math.floor(Date.now() / 1000) + expiry,
      },
      options.secret ?? secret,
      {
        ...(options.algorithm ? { algorithm: options.algorithm } : {}),
        subject: payload.sub!,
        issuer: options.issuer ?? 'passerelle',
        audience: options.audience ?? 'passerelle-api',
      },
    );
  }

  const callMe = (token: string) =>
    testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(token));

  it('accepts a well-formed token, so the refusals below are about what each one changes', async () => {
    expect((await callMe(await adminToken())).status).toBe(200);
  });

  it('answers 401 when the Authorization header is missing', async () => {
    expectUnauthenticatedProblem(await testApp.http().get('/api/v1/me'));
  });

  it('answers 401 to an expired token', async () => {
    const response = await callMe(await adminToken({ expiresIn: -10 }));

    expectUnauthenticatedProblem(response);
    expect(response.body.detail).toBe('Jeton d’accès expiré.');
  });

  it('answers 401 to a token signed with another secret', async () => {
    expectUnauthenticatedProblem(
      await callMe(await adminToken({ secret: 'another-secret-another-secret-another-secret' })),
    );
  });

  it('answers 401 to an unsigned token (alg: none)', async () => {
    expectUnauthenticatedProblem(await callMe(await adminToken({ secret: '', algorithm: 'none' })));
  });

  it('answers 401 to a token for another audience', async () => {
    expectUnauthenticatedProblem(await callMe(await adminToken({ audience: 'another-api' })));
  });

  it('answers 401 to a token from another issuer', async () => {
    expectUnauthenticatedProblem(await callMe(await adminToken({ issuer: 'someone-else' })));
  });
});
