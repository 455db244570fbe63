import { Redis } from 'ioredis';
import { createQueue } from '../../../shared/adapters/queue/bullmq/createQueue';
import { scheduledJobs } from '../../../workers/schedulerWorker';
import { freePort } from '../../../infra/local/freePort';
import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { startLocalSmsProvider, type LocalSmsProvider } from '../../../infra/local/smsProvider';
import { adminCredentials } from '../../support/accounts';
import { processEnv, runEntryPoint, type RunningProcess } from '../../support/processes';
import { remoteApi, type ApiClient } from '../../support/testApp';
import { testConfig } from '../../support/testConfig';

export interface Stack {
  baseUrl: string;
  api: ApiClient;
  mail: MailSink;
  /** Text messages sent to people; each is reported delivered a moment later, as a provider does. */
  sms: LocalSmsProvider;
  /** The workers' scheduler: a test runs a recurring job now instead of waiting for its hour. */
  runScheduledJob(name: keyof typeof scheduledJobs): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real thing, as `npm start` runs it: the API process (which serves the built app and, with
 * the embedded search engine, indexes and matches), the workers process (notifications, the
 * scheduler), an SMTP sink and the local SMS provider (infra/local/smsProvider.ts, which reports
 * each message delivered to the API's status webhook), on this test file's own database and queues.
 */
export async function startStack(): Promise<Stack> {
  const port = await freePort();
  const mail = await startMailSink();
  const smsKeys = { apiKey: 'browser-sms-key', statusSecret: 'browser-sms-status-secret' };
  const sms = await startLocalSmsProvider({ ...smsKeys, autoReport: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = testConfig();
  const env = {
    ...processEnv(config),
    HTTP_PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    SMTP_URL: mail.url,
    SMS_PROVIDER_URL: sms.url,
    SMS_API_KEY: smsKeys.apiKey,
    SMS_STATUS_SECRET: smsKeys.statusSecret,
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    // A journey run in the evening still sees its text messages go (quiet hours: tests/integration/notifications/sms.test.ts).
    SMS_QUIET_HOURS: 'none',
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  };
  const processes: RunningProcess[] = [];
  const stop = async () => {
    for (const running of processes) running.child.kill('SIGTERM');
    await Promise.all(processes.map((running) => running.exited));
    await mail.close();
    await sms.close();
  };
  try {
    const api = runEntryPoint('services/api/main.ts', { ...env, LOG_LEVEL: 'info' });
    processes.push(api);
    await api.waitForOutput(/api listening/, 60_000);
    const workers = runEntryPoint('workers/main.ts', { ...env, LOG_LEVEL: 'info' });
    processes.push(workers);
    await workers.waitForOutput(/workers started/, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const runScheduledJob = async (name: keyof typeof scheduledJobs) => {
    const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    const scheduler = createQueue('scheduler', connection, config.QUEUE_PREFIX);
    try {
      await scheduler.add(name, {});
    } finally {
      await scheduler.close();
      connection.disconnect();
    }
  };
  return { baseUrl, api: remoteApi(baseUrl), mail, sms, runScheduledJob, stop };
}
