import { freePort } from '../../infra/local/freePort';
import { aCandidate } from '../support/builders';
import { eventually } from '../support/eventually';
import { processEnv, runEntryPoint, type RunningProcess } from '../support/processes';
import { testConfig } from '../support/testConfig';

/**
 * With SEARCH_ENGINE=embedded the index lives in the API process: it must be rebuilt from the
 * database when the process starts again, and the process itself indexes new writes.
 */
describe('the embedded index across an API restart', () => {
  const env = {
    ...processEnv(testConfig()),
    SEARCH_ENGINE: 'embedded',
    ADMIN_EMAIL: 'admin@restart.test',
    ADMIN_PASSWORD: 'restart-admin-password',
  };
  let api: RunningProcess | undefined;
  let port: number;

  async function start(): Promise<void> {
    port = await freePort();
    api = runEntryPoint('services/api/main.ts', { ...env, HTTP_PORT: String(port) });
    await api.waitForOutput(/api listening/);
  }

  async function call(method: string, path: string, token: string | null, body?: unknown) {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
  }

  // SIGTERM, which tsx passes on: a SIGKILL would kill tsx and leave the API it started running.
  afterAll(async () => {
    api?.child.kill('SIGTERM');
    await api?.exited;
  });

  it('finds a profile indexed before the restart, without any new write', async () => {
    await start();
    const admin = await call('POST', '/auth/login', null, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
    const organization = await call('POST', '/organizations', admin.body.accessToken as string, {
      kind: 'insertion',
      name: 'PLIE de test',
      structureType: 'plie',
    });
    const credentials = { email: 'adviser@restart.test', password: 'adviser-password-42' };
    await call('POST', `/organizations/${organization.body.id as string}/users`, admin.body.accessToken as string, {
      ...credentials,
      displayName: 'Conseiller',
      role: 'adviser',
    });
    const login = async () => (await call('POST', '/auth/login', null, credentials)).body.accessToken as string;
    const created = await call(
      'POST',
      '/candidates',
      await login(),
      aCandidate()
        .with({ skills: ['Nacelle PEMP'] })
        .build(),
    );
    expect(created.status).toBe(201);
    const found = async () => {
      const result = await call('GET', '/candidates/search?q=nacelle', await login());
      return (result.body.items as { candidate: { id: string } }[]).map((item) => item.candidate.id);
    };
    await eventually(async () => expect(await found()).toContain(created.body.id), 5_000);

    api?.child.kill('SIGTERM');
    expect((await api?.exited)?.code).toBe(0);
    await start();

    expect(api?.output()).toMatch(/embedded search indexes rebuilt from the database/);
    expect(await found()).toContain(created.body.id);
  });

  it('refuses a second API process on the same database, saying to use Meilisearch to run several', async () => {
    if (!api || api.child.exitCode !== null) await start();
    const second = runEntryPoint('services/api/main.ts', { ...env, HTTP_PORT: String(await freePort()) });

    // It waits one lease period for a holder that died without releasing, then gives up.
    const exit = await second.exited;
    expect(exit.code).toBe(1);
    expect(second.output()).toMatch(/another API process serves the embedded search index/);
    expect(second.output()).toMatch(/SEARCH_ENGINE=meilisearch/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  }, 40_000);
});
