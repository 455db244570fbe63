import { adminCredentials, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { startTestApp, type TestApp } from '../../support/testApp';

interface RequestLine {
  msg: string;
  req: { id: string; method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
}

let testApp: TestApp;
let logged: string[];
let adminToken: string;

beforeAll(async () => {
  logged = [];
  testApp = await startTestApp({
    env: { LOG_LEVEL: 'info' },
    logDestination: { write: (line: string) => void logged.push(line) },
  });
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
});
afterAll(async () => {
  await testApp.close();
});

/** The lines pino-http wrote for the request with this id (one expected). */
function requestLines(requestId: string): { raw: string[]; parsed: RequestLine[] } {
  const raw = logged.filter((line) => line.includes(requestId));
  return { raw, parsed: raw.map((line) => JSON.parse(line) as RequestLine) };
}

describe('the request log', () => {
  it('writes one line per request with method, url, status, response time and request id, and no header', async () => {
    const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Passerelle-log-test/1.0';
    const cookie = 'passerelle_refresh=cookie-value-that-must-not-be-logged';

    const response = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(adminToken))
      .set('Cookie', cookie)
      .set('User-Agent', userAgent)
      .set('X-Request-Id', 'log-test-1')
      .expect(200);

    const { raw, parsed } = requestLines('log-test-1');
    expect(response.headers['x-request-id']).toBe('log-test-1');
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      msg: 'request completed',
      req: { id: 'log-test-1', method: 'GET', url: '/api/v1/me' },
      res: { statusCode: 200 },
    });
    expect(Object.keys(parsed[0]?.req ?? {}).sort()).toEqual(['id', 'method', 'url']);
    expect(Object.keys(parsed[0]?.res ?? {})).toEqual(['statusCode']);
    expect(typeof parsed[0]?.responseTime).toBe('number');
    for (const absent of ['authorization', 'cookie', 'user-agent', 'headers', adminToken, 'cookie-value', userAgent]) {
      expect(raw[0]).not.toContain(absent);
    }
  });

  it('logs a refused request too, with its status', async () => {
    await testApp.http().get('/api/v1/me').set('X-Request-Id', 'log-test-2').expect(401);

    expect(requestLines('log-test-2').parsed[0]).toMatchObject({
      req: { method: 'GET', url: '/api/v1/me' },
      res: { statusCode: 401 },
    });
  });

  it.each(['/api/v1/invitations/', '/api/v1/rsvp/', '/invitation/', '/reinitialiser-mot-de-passe/', '/reponse/'])(
    'hides the token of a link that is part of the url (%s…)',
    async (prefix) => {
      const secret = 'link-token-that-must-not-be-logged-0123456789abcdef';
      const requestId = `log-test-3${prefix.replaceAll('/', '-')}`;

      await testApp.http().get(`${prefix}${secret}`).set('X-Request-Id', requestId);

      const { raw, parsed } = requestLines(requestId);
      expect(parsed[0]?.req.url).toBe(`${prefix}[redacted]`);
      expect(raw.join('\n')).not.toContain(secret);
    },
  );

  it('leaves liveness probes out', async () => {
    await testApp.http().get('/healthz').set('X-Request-Id', 'log-test-4').expect(200);

    expect(requestLines('log-test-4').raw).toEqual([]);
  });
});
