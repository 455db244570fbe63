/**
 * The start command: Redis and the embedded FerretDB (unless REDIS_URL / MONGO_URL point
 * elsewhere), then the API and the workers as child processes. Ctrl-C stops everything in order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChildService } from './childService';
import { loadOrCreateLocalSecrets } from './localEnvironment';
import { startMailSink, type MailSink } from './mailSink';
import { startLocalSmsProvider, type LocalSmsProvider } from './smsProvider';
import { writeDemoFile } from '../demo/writeDemoFile';
import { seedDemoEvents } from './seedDemoEvents';
import { demoOrganizations, demoPassword, seedDemoAccounts, type DemoOrganization } from './seedDemoAccounts';
import { startFerretDb } from './startFerretDb';
import { startRedis } from './startRedis';

const root = resolve(__dirname, '../..');
const dataDir = resolve(root, 'data');
// This launcher is infrastructure, not the service: it may read the environment to decide what to
// start, and passes everything on to the API and workers, which parse it with the config schema.
const env = process.env;

const services: ChildService[] = [];
let mailSink: MailSink | null = null;
let smsProvider: LocalSmsProvider | null = null;
const apps: ChildProcess[] = [];
let stopping = false;

/** Stops the API and workers, then Redis, FerretDB and the mail sink, in that order; also when the start fails half-way. */
async function stopAll(exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = apps.map((app) => new Promise((done) => (app.exitCode !== null ? done(null) : app.once('exit', done))));
  apps.forEach((app) => app.kill('SIGTERM'));
  await Promise.all(exits);
  for (const service of services.reverse()) await service.stop();
  await mailSink?.close();
  await smsProvider?.close();
  process.exit(exitCode);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll());
  process.on('SIGTERM', () => void stopAll());

  const secrets = loadOrCreateLocalSecrets(resolve(dataDir, 'local.env'));
  let redisUrl = env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis(Number(env.LOCAL_REDIS_PORT ?? 6390), resolve(dataDir, 'redis'));
    services.push(redis);
    redisUrl = redis.url;
  }
  let mongoUrl = env.MONGO_URL;
  if (!mongoUrl) {
    const ferret = await startFerretDb(Number(env.LOCAL_MONGO_PORT ?? 27018), resolve(dataDir, 'ferretdb'));
    services.push(ferret);
    mongoUrl = ferret.url;
  }

  // E-mail goes to a local SMTP server that writes each message to data/mail/ (unless SMTP_URL is set).
  let smtpUrl = env.SMTP_URL;
  if (!smtpUrl) {
    const mailDir = resolve(dataDir, 'mail');
    mkdirSync(mailDir, { recursive: true });
    const sink = await startMailSink(Number(env.LOCAL_SMTP_PORT ?? 2525), (mail) => {
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.txt`;
      const to = Array.isArray(mail.to) ? mail.to.map((item) => item.text).join(', ') : (mail.to?.text ?? '');
      writeFileSync(resolve(mailDir, name), `To: ${to}\nSubject: ${mail.subject ?? ''}\n\n${mail.text ?? ''}`);
    });
    mailSink = sink;
    smtpUrl = sink.url;
  }

  // SMS go to a local provider that writes each message to data/sms/ (unless SMS_PROVIDER_URL is set).
  let smsUrl = env.SMS_PROVIDER_URL;
  if (!smsUrl) {
    const smsDir = resolve(dataDir, 'sms');
    mkdirSync(smsDir, { recursive: true });
    const provider = await startLocalSmsProvider({
      port: Number(env.LOCAL_SMS_PORT ?? 2526),
      apiKey: env.SMS_API_KEY ?? 'local-sms-key',
      statusSecret: env.SMS_STATUS_SECRET ?? 'local-sms-status-secret',
      autoReport: true,
      onMessage: (sms) => writeFileSync(resolve(smsDir, `${sms.id}.txt`), `To: ${sms.to}\n\n${sms.text}`),
    });
    smsProvider = provider;
    smsUrl = provider.url;
  }

  const port = env.HTTP_PORT ?? '3000';
  const childEnv = {
    ...secrets,
    MONGO_DB_NAME: 'passerelle',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...env,
    HTTP_PORT: port,
    REDIS_URL: redisUrl,
    MONGO_URL: mongoUrl,
    SMTP_URL: smtpUrl,
    SMS_PROVIDER_URL: smsUrl,
  };
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  for (const entry of ['services/api/main.ts', 'workers/main.ts']) {
    const app = spawn(tsx, [resolve(root, entry)], { env: childEnv, stdio: 'inherit' });
    app.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`${entry} exited with ${code}; stopping everything\n`);
        void stopAll(1);
      }
    });
    apps.push(app);
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReadiness(`${baseUrl}/readyz`);
  await seedDemoAccounts(baseUrl, { email: childEnv.ADMIN_EMAIL, password: childEnv.ADMIN_PASSWORD });
  // Demo offers and profiles go through the bulk import, once per data directory (a marker file
  // records each import that succeeded; re-running one would update, not duplicate).
  for (const demo of demoOrganizations) await importDemoData(demo, tsx, childEnv);
  const inviteDemoPeople = await seedDemoEvents(baseUrl);
  process.stdout.write(
    [
      '',
      `Passerelle is running: open ${baseUrl}/connexion and sign in with a demo login below  (API docs: ${baseUrl}/docs)`,
      `Admin login: ${childEnv.ADMIN_EMAIL} / ${childEnv.ADMIN_PASSWORD}`,
      `E-mails sent: ${env.SMTP_URL ? env.SMTP_URL : resolve(dataDir, 'mail')}`,
      `SMS sent: ${env.SMS_PROVIDER_URL ? env.SMS_PROVIDER_URL : resolve(dataDir, 'sms')}`,
      ...demoOrganizations.map(
        ({ user, organization }) => `Demo ${user.role} (${organization.name}): ${user.email} / ${demoPassword}`,
      ),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  inviteDemoPeople?.().catch((error: unknown) =>
    process.stderr.write(`demo invitations: ${error instanceof Error ? error.message : String(error)}\n`),
  );
}

async function importDemoData(demo: DemoOrganization, tsx: string, childEnv: NodeJS.ProcessEnv): Promise<void> {
  const marker = resolve(dataDir, 'demo', `${demo.data.kind}-${demo.data.seed}.imported`);
  if (existsSync(marker)) return;
  const file = writeDemoFile(demo, resolve(dataDir, 'demo'));
  const args = [resolve(root, 'services/import/main.ts'), demo.data.kind, file, '--as', demo.user.email];
  await new Promise<void>((done, fail) => {
    const importer = spawn(tsx, args, { env: childEnv, stdio: 'inherit' });
    importer.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`demo import for ${demo.organization.name} exited with ${code}`)),
    );
  });
  writeFileSync(marker, new Date().toISOString());
}

async function waitForReadiness(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(url)
      .then((res) => res.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer 200 within 60 s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  void stopAll(1);
});
