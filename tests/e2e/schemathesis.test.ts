import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../infra/local/freePort';
import { anAccount, login } from '../support/accounts';
import { processEnv, runEntryPoint, type RunningProcess } from '../support/processes';
import { aMatch } from '../support/proposals';
import { remoteApi } from '../support/testApp';
import { testConfig } from '../support/testConfig';

/**
 * Schemathesis (installed in .venv by infra/scripts/setup.sh) against the API process and its own
 * /api/v1/openapi.json, once per role with that role's token: every response must be one the
 * document declares, with the declared content type, headers and schema, and never a 5xx.
 */
const root = resolve(__dirname, '../..');
const schemathesis = resolve(root, '.venv/bin/schemathesis');
const reportDir = resolve(root, 'data/schemathesis');
const admin = { email: 'admin@schemathesis.test', password: 'schemathesis-admin-password' };

// Routes that would end the test's own sessions (or those of the accounts it made).
const sessionEnders = '(/auth/(logout|refresh)|/me/password|/users/\\{userId\\}/deactivate)$';

/**
 * Every default check but positive_data_acceptance: the server also refuses, with a 400 naming
 * the field, what JSON Schema cannot state (a commune, appellation or SIRET that does not exist,
 * control characters and invisible text, digits in a person's name), so a request valid by the
 * document is not always accepted, and rightly so.
 */
const excludedChecks = 'positive_data_acceptance';
const perRunTimeoutMs = 240_000;

interface Run {
  code: number | null;
  output: string;
  requests: number;
}

function runSchemathesis(baseUrl: string, role: string, token: string): Promise<Run> {
  const har = resolve(reportDir, `${role}.har.json`);
  rmSync(har, { force: true });
  const args = [
    'run',
    `${baseUrl}/api/v1/openapi.json`,
    '--header',
    `Authorization: Bearer ${token}`,
    '--exclude-path-regex',
    sessionEnders,
    '--exclude-checks',
    excludedChecks,
    // Bounded: a few cases per operation on top of the coverage phase's; a fixed seed so that a
    // failure reproduces (`st run … --seed 1`).
    '--max-examples',
    '5',
    '--seed',
    '1',
    '--request-timeout',
    '10',
    '--generation-database',
    'none',
    '--no-color',
    '--report',
    'har',
    '--report-har-path',
    har,
  ];
  return new Promise((done, fail) => {
    const child = spawn(schemathesis, args, { cwd: reportDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), perRunTimeoutMs);
    child.once('error', fail);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const requests = existsSync(har)
        ? (JSON.parse(readFileSync(har, 'utf8')) as { log: { entries: unknown[] } }).log.entries.length
        : 0;
      done({ code, output, requests });
    });
  });
}

/** The API logs only warnings here, so its start is seen on its health route rather than in its log. */
async function untilAnswering(url: string, api: RunningProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.child.exitCode !== null) throw new Error(`the API exited (${api.child.exitCode}):\n${api.output()}`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`the API did not answer within ${timeoutMs} ms:\n${api.output()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('the API against its own OpenAPI document (schemathesis)', () => {
  let api: RunningProcess;
  let baseUrl: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(schemathesis)) throw new Error(`${schemathesis} is missing: run infra/scripts/setup.sh`);
    mkdirSync(reportDir, { recursive: true });
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    api = runEntryPoint('services/api/main.ts', {
      ...processEnv(testConfig()),
      // Quiet: thousands of requests would otherwise each write a log line into the test's memory.
      LOG_LEVEL: 'warn',
      HTTP_PORT: String(port),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    });
    await untilAnswering(`${baseUrl}/healthz`, api, 60_000);

    // An offer, a profile and a match, so that ids exist for the generated requests to find.
    const client = remoteApi(baseUrl);
    tokens.admin = (await login(client, admin)).accessToken;
    tokens.adviser = (await anAccount(client, tokens.admin, 'adviser')).accessToken;
    tokens.employer = (await anAccount(client, tokens.admin, 'employer')).accessToken;
    await aMatch(client, { employer: tokens.employer, adviser: tokens.adviser });
  }, 90_000);

  afterAll(() => {
    api.child.kill('SIGKILL');
  });

  it('finds nothing for an adviser, an employer or an administrator', async () => {
    const roles = ['adviser', 'employer', 'admin'];
    // Side by side: the API, not schemathesis, is what the runs wait for.
    const runs = await Promise.all(roles.map((role) => runSchemathesis(baseUrl, role, tokens[role] ?? '')));

    roles.forEach((role, index) => {
      process.stdout.write(`schemathesis (${role}): ${runs[index]?.requests ?? 0} requests sent\n`);
    });
    for (const [index, run] of runs.entries()) {
      if (run.code !== 0) throw new Error(`schemathesis (${roles[index]}) exited ${run.code}:\n${run.output}`);
      expect(run.requests).toBeGreaterThan(0);
    }
  }, 300_000);
});
