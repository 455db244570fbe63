import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { adminCredentials, bootstrapAdmin, login } from '../../support/accounts';
import { rawClient, type RawClient } from '../../support/rawHttp';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * Random requests at the HTTP edge: broken percent-escapes, random methods, bodies of random
 * bytes or JSON under every content type and encoding, with and without a token. Whatever comes
 * in, the answer is never a 5xx, and every error is problem+json with its own status.
 */
let testApp: TestApp;
let client: RawClient;
let adminToken: string;

beforeAll(async () => {
  testApp = await startTestApp({ env: { JSON_BODY_LIMIT: '1kb' } });
  client = await rawClient(testApp.app);
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
});
afterAll(async () => {
  await client.close();
  await testApp.close();
});

/** mulberry32: a small seeded generator, so that a failing request is the same on every run. */
function seededRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (max: number) => Math.floor(next() * max);
  return {
    integer,
    pick: <T>(items: readonly T[]): T => items[integer(items.length)] as T,
    bytes: (length: number) => Buffer.from(Array.from({ length }, () => integer(256))),
  };
}

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND'] as const;
const paths = [
  '/api/v1/offers/{segment}',
  '/api/v1/offers/{segment}/publish',
  '/api/v1/candidates/{segment}/barriers/{segment}',
  '/api/v1/organizations/{segment}/users',
  '/api/v1/matches/{segment}/transitions',
  '/api/v1/organizations',
  '/api/v1/auth/login',
  '/api/v1/me/notification-preferences',
  '/api/v1/offers/search?q={segment}',
  '/api/v1/{segment}',
  '/healthz',
  '/docs/{segment}',
];
const segments = [
  '%ff',
  '%',
  '%e',
  '%zz',
  '%c3%28',
  '%00',
  '%2e%2e',
  '%2F',
  'search',
  '0123456789abcdef01234567',
  '%C3%A9',
];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  undefined,
];
const encodings = ['gzip', 'deflate', 'br', 'identity', 'compress', 'x-unknown', undefined] as const;
const compressors: Partial<Record<string, (body: Buffer) => Buffer>> = {
  gzip: gzipSync,
  deflate: deflateSync,
  br: brotliCompressSync,
};
const count = 300;

function problemStatus(text: string): unknown {
  try {
    return (JSON.parse(text) as { status?: unknown }).status;
  } catch {
    return undefined;
  }
}

describe('the HTTP edge under random requests', () => {
  it(`answers ${count} of them without a 5xx, every error as problem+json`, async () => {
    const random = seededRandom(12);
    const failures: string[] = [];
    const statuses = new Set<number>();

    for (let index = 0; index < count; index += 1) {
      const method = random.pick(methods);
      const path = random.pick(paths).replace(/\{segment\}/g, () => random.pick(segments));
      const contentType = random.pick(contentTypes);
      const encoding = random.pick(encodings);
      const json = random.integer(2) === 0;
      const raw = json
        ? Buffer.from(JSON.stringify({ kind: 'employer', name: 'Garage', siret: '73282932000074', n: index }))
        : random.bytes(random.integer(2_000));
      // Half of the compressed bodies are really compressed, the others are garbage.
      const compress = encoding ? compressors[encoding] : undefined;
      const body = compress && random.integer(2) === 0 ? compress(raw) : raw;
      const auth = random.pick(['admin', 'garbage', 'none'] as const);

      const headers: Record<string, string> = {};
      if (auth === 'admin') headers.authorization = `Bearer ${adminToken}`;
      if (auth === 'garbage') headers.authorization = 'Bearer not.a.token';
      if (contentType) headers['content-type'] = contentType;
      if (encoding) headers['content-encoding'] = encoding;
      const withBody = random.integer(4) !== 0;
      const response = await client.send({ method, path, headers, ...(withBody ? { body } : {}) });

      const described = `${method} ${path} (${contentType ?? 'no type'}, ${encoding ?? 'no encoding'}, ${auth}) → ${response.status}`;
      statuses.add(response.status);
      if (response.status >= 500) failures.push(described);
      if (response.status >= 400) {
        if (!/^application\/problem\+json/.test(response.headers['content-type'] ?? '')) {
          failures.push(`${described}: ${response.headers['content-type']}`);
        } else if (method !== 'HEAD' && problemStatus(response.text) !== response.status) {
          failures.push(`${described}: ${response.text}`);
        }
      }
    }

    expect(failures).toEqual([]);
    // The requests got past the socket to each check of the edge.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([204, 400, 401, 404, 405, 413, 415]));
  });
});
