import { connect } from 'node:net';
import { freePort } from '../../infra/local/freePort';
import { processEnv, runEntryPoint, type RunningProcess } from '../support/processes';
import { testConfig } from '../support/testConfig';

function baseEnv(): Record<string, string> {
  return processEnv(testConfig());
}

describe('the API process', () => {
  it('stops at boot with a message naming a missing variable', async () => {
    const { JWT_SECRET: _missing, ...env } = baseEnv();

    const api = runEntryPoint('services/api/main.ts', env);
    const { code } = await api.exited;

    expect(code).toBe(78);
    expect(api.output()).toMatch(/JWT_SECRET/);
  });

  it('stops at boot with a message naming a malformed variable', async () => {
    const api = runEntryPoint('services/api/main.ts', { ...baseEnv(), REDIS_URL: 'localhost:6379' });
    const { code } = await api.exited;

    expect(code).toBe(78);
    expect(api.output()).toMatch(/REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL/);
  });

  describe('once started', () => {
    let api: RunningProcess;
    let port: number;

    beforeAll(async () => {
      port = await freePort();
      api = runEntryPoint('services/api/main.ts', {
        ...baseEnv(),
        HTTP_PORT: String(port),
        ADMIN_EMAIL: 'admin@e2e.test',
        ADMIN_PASSWORD: 'e2e-admin-password',
      });
      await api.waitForOutput(/api listening/);
    });
    afterAll(() => {
      api.child.kill('SIGKILL');
    });

    it('creates the first admin from the environment, who can log in', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@e2e.test', password: 'e2e-admin-password' }),
      });

      expect(response.status).toBe(200);
    });

    it('never writes tokens, passwords or request headers to its log', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/me`, {
        headers: { authorization: 'Bearer secret-token-value' },
      });
      await api.waitForOutput(/"url":"\/api\/v1\/me"/);

      expect(response.status).toBe(401);
      expect(api.output()).not.toContain('secret-token-value');
      expect(api.output()).not.toContain('e2e-admin-password');
      // One line per request (method, url, status, time, id): no header, so no authorization to redact.
      expect(api.output()).not.toMatch(/authorization/i);
    });

    it('echoes a request id, or makes one', async () => {
      const echoed = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
      const made = await fetch(`http://127.0.0.1:${port}/healthz`);

      expect(echoed.headers.get('x-request-id')).toBe('abc-123');
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('on SIGTERM, finishes the request in flight, refuses new ones, and exits 0', async () => {
      const body = JSON.stringify({ email: 'nobody@e2e.test', password: 'wrong-password' });
      const socket = connect(port, '127.0.0.1');
      await new Promise((done) => socket.once('connect', done));
      let answer = '';
      const answered = new Promise((done) => socket.once('data', done));
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      // Half a request: the server is now busy with it.
      socket.write(
        `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((done) => setTimeout(done, 200));

      api.child.kill('SIGTERM');
      await api.waitForOutput(/shutting down/);
      const newcomer = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => 'answered',
        () => 'refused',
      );
      socket.write(body.slice(10));
      await answered;
      socket.destroy();
      const { code } = await api.exited;

      expect(newcomer).toBe('refused');
      expect(answer).toMatch(/^HTTP\/1\.1 401/);
      expect(code).toBe(0);
      expect(api.output()).toContain('api stopped');
    });
  });
});
