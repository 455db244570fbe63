import { gzipSync } from 'node:zlib';
import { adminCredentials, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { rawClient, type RawClient } from '../../support/rawHttp';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let raw: RawClient;
let adminToken: string;

beforeAll(async () => {
  testApp = await startTestApp({ env: { JSON_BODY_LIMIT: '1kb' } });
  raw = await rawClient(testApp.app);
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
});
afterAll(async () => {
  await raw.close();
  await testApp.close();
});

/** A body sent as these bytes, under these headers (supertest would serialise a Buffer as JSON). */
const postOrganization = (headers: Record<string, string>, body: Buffer) =>
  raw.send({
    method: 'POST',
    path: '/api/v1/organizations',
    headers: { authorization: `Bearer ${adminToken}`, ...headers },
    body,
  });

const createOrganization = () =>
  testApp
    .http()
    .post('/api/v1/organizations')
    .set(...bearer(adminToken));

describe('bad input gets 400 problem+json naming the field', () => {
  it('a malformed JSON body', async () => {
    const response = await createOrganization().set('Content-Type', 'application/json').send('{"kind": "employer",');

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: '/problems/malformed-json', status: 400, errors: [{ field: 'body' }] });
  });

  it('an unknown field', async () => {
    const response = await createOrganization().send({
      kind: 'employer',
      name: 'Garage',
      siret: '73282932000074',
      color: 'red',
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ type: '/problems/validation-error', title: 'Requête invalide' });
    expect(response.body.errors).toEqual([{ field: 'color', reason: 'champ inconnu' }]);
  });

  it('a wrong type, its reason in French even where the schema gives no words of its own', async () => {
    const response = await createOrganization().send({ kind: 'employer', name: 'Garage', siret: 73282932000074 });

    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].field).toBe('siret');
    expect(response.body.errors[0].reason).toBe('Entrée invalide : chaîne de caractères attendu, nombre reçu');
  });

  it('a wrong query parameter, named with where it was', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/organizations?limit=1000')
      .set(...bearer(adminToken));

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'query.limit', reason: expect.any(String) }]);
  });

  it('a body over the size limit gets 413', async () => {
    const response = await createOrganization().send({
      kind: 'employer',
      name: 'x'.repeat(2_000),
      siret: '73282932000074',
    });

    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('an unknown route gets 404 problem+json', async () => {
    const response = await testApp.http().get('/api/v1/nothing-here');

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ type: '/problems/not-found', status: 404 });
  });

  it('a broken percent-escape in the path gets 400, not 500', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/offers/%ff')
      .set(...bearer(adminToken));

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: '/problems/bad-request', status: 400 });
  });

  it.each(['gzip', 'deflate', 'br'])('a corrupt %s body gets 400, not 500', async (encoding) => {
    const response = await postOrganization(
      { 'content-type': 'application/json', 'content-encoding': encoding },
      Buffer.from('certainly not compressed'),
    );

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(response.text)).toMatchObject({ type: '/problems/bad-request', status: 400 });
  });

  it('a compressed body is read', async () => {
    const body = gzipSync(JSON.stringify({ kind: 'employer', name: 'Garage', siret: 'not-a-siret' }));

    const response = await postOrganization({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, body);

    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors).toEqual([{ field: 'siret', reason: expect.any(String) }]);
  });

  it('an encoding the API does not read gets 415', async () => {
    const response = await postOrganization(
      { 'content-type': 'application/json', 'content-encoding': 'compress' },
      Buffer.from('{}'),
    );

    expect(response.status).toBe(415);
    expect(JSON.parse(response.text)).toMatchObject({ type: '/problems/unsupported-media-type', status: 415 });
  });

  it('a JSON body sent as text/plain gets 415, not a list of missing fields', async () => {
    const response = await postOrganization(
      { 'content-type': 'text/plain' },
      Buffer.from(JSON.stringify({ kind: 'employer', name: 'Garage', siret: '73282932000074' })),
    );

    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('no body at all still gets the validation answer naming the fields', async () => {
    const response = await createOrganization();

    expect(response.status).toBe(400);
    expect(response.body.type).toBe('/problems/validation-error');
  });

  it('a method a known path does not declare gets 405 with Allow', async () => {
    const response = await testApp.http().put('/api/v1/organizations');

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST');
    expect(response.body).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });
  });

  it('a fixed path is not read as an id for a method it does not declare', async () => {
    const response = await testApp
      .http()
      .patch('/api/v1/offers/search')
      .set(...bearer(adminToken));

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('loses nothing: a rejected creation writes nothing', async () => {
    await createOrganization().send({ kind: 'employer', name: 'Garage', siret: 'not-a-siret' }).expect(400);

    const list = await testApp
      .http()
      .get('/api/v1/organizations')
      .set(...bearer(adminToken))
      .expect(200);
    expect(list.body.items.map((organization: { kind: string }) => organization.kind)).toEqual(['territory']);
  });
});

describe('errors the client did not cause', () => {
  it('the database gone under the API: 503 to retry, with only an error id, which is in the log', async () => {
    const logged: string[] = [];
    const failing = await startTestApp({
      env: { LOG_LEVEL: 'error' },
      logDestination: { write: (line: string) => void logged.push(line) },
    });
    await bootstrapAdmin(failing);
    const token = (await login(failing, adminCredentials)).accessToken;
    await failing.deps.mongo.close(); // the database goes away under the API

    const response = await failing
      .http()
      .get('/api/v1/me')
      .set(...bearer(token));

    await failing.close();
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(Object.keys(response.body).sort()).toEqual([
      'detail',
      'errorId',
      'retryAfterSeconds',
      'status',
      'title',
      'type',
    ]);
    expect(response.body.detail).not.toMatch(/mongo|client|connect|at /i);
    expect(logged.join('\n')).toContain(response.body.errorId);
    expect(logged.join('\n')).not.toContain(token);
  });
});
