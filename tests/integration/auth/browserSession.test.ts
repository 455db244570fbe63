import { adminCredentials, bearer, bootstrapAdmin } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ env: { PUBLIC_BASE_URL: 'http://127.0.0.1:3000' } });
  await bootstrapAdmin(testApp);
});
afterAll(() => testApp.close());

const web = ['X-Passerelle-Client', 'web'] as const;

function refreshCookie(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((line) => line.startsWith('passerelle_refresh='));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie;
}

const signIn = () =>
  testApp
    .http()
    .post('/api/v1/auth/browser/login')
    .set(...web)
    .set('Origin', 'http://127.0.0.1:3000')
    .send(adminCredentials);

describe('a browser session', () => {
  it('keeps the refresh token in an HttpOnly, SameSite=Strict cookie scoped to the session routes', async () => {
    const response = await signIn().expect(200);

    expect(Object.keys(response.body as object).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
    const cookie = refreshCookie(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    // Plain http is allowed on the local machine only.
    expect(cookie).not.toMatch(/Secure/);
    const token = (response.body as { accessToken: string }).accessToken;
    await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(token))
      .expect(200);
  });

  it('renews the access token from the cookie, rotating it, and ends with sign-out', async () => {
    const cookie = refreshCookie((await signIn().expect(200)).headers['set-cookie']).split(';')[0] ?? '';

    const renewed = await testApp
      .http()
      .post('/api/v1/auth/browser/refresh')
      .set(...web)
      .set('Cookie', cookie)
      .expect(200);
    const rotated = refreshCookie(renewed.headers['set-cookie']).split(';')[0] ?? '';
    expect(rotated).not.toBe(cookie);
    const token = (renewed.body as { accessToken: string }).accessToken;

    await testApp
      .http()
      .post('/api/v1/auth/browser/logout')
      .set(...web)
      .set('Cookie', rotated)
      .expect(204);
    await testApp
      .http()
      .post('/api/v1/auth/browser/refresh')
      .set(...web)
      .set('Cookie', rotated)
      .expect(401);
    await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(token))
      .expect(401);
  });

  it('takes the old cookie again just after its rotation (a reload while the refresh was in flight), then no more', async () => {
    const refreshWith = (cookie: string) =>
      testApp
        .http()
        .post('/api/v1/auth/browser/refresh')
        .set(...web)
        .set('Cookie', cookie);
    const cookie = refreshCookie((await signIn().expect(200)).headers['set-cookie']).split(';')[0] ?? '';
    const rotated = refreshCookie((await refreshWith(cookie).expect(200)).headers['set-cookie']).split(';')[0] ?? '';

    // The page that sent the first refresh never received its answer, and presents the old cookie.
    const again = await refreshWith(cookie).expect(200);
    const token = (again.body as { accessToken: string }).accessToken;
    await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(token))
      .expect(200);
    await refreshWith(rotated).expect(200);

    // Long after its rotation, the old cookie is a stolen one: the whole family ends.
    await testApp.deps.mongo
      .collection('refresh_tokens')
      .updateMany({ rotatedAt: { $ne: null } }, { $set: { rotatedAt: new Date(Date.now() - 60_000) } });
    await refreshWith(cookie).expect(401);
    await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(token))
      .expect(401);
  });

  it('refuses a request without the web client header or from another origin (CSRF)', async () => {
    await testApp.http().post('/api/v1/auth/browser/login').send(adminCredentials).expect(403);
    await testApp
      .http()
      .post('/api/v1/auth/browser/login')
      .set(...web)
      .set('Origin', 'https://evil.example')
      .send(adminCredentials)
      .expect(403);
    await testApp
      .http()
      .post('/api/v1/auth/browser/refresh')
      .set(...web)
      .expect(401);
  });

  it('serves the web app’s pages with a CSP of its own origin, and keeps API 404s as problem+json', async () => {
    const page = await testApp.http().get('/offres/123');
    if (page.status === 200) {
      expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(page.text).toMatch(/<html lang="fr"/);
    } else {
      // The app is not built in this checkout: a clear problem, never a 5xx.
      expect(page.status).toBe(404);
      expect((page.body as { detail: string }).detail).toMatch(/npm run web:build/);
    }
    const api = await testApp.http().get('/api/v1/nowhere').expect(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
