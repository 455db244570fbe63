import { freePort } from '../../../infra/local/freePort';
import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { adminCredentials } from '../../support/accounts';
import { processEnv, runEntryPoint, type RunningProcess } from '../../support/processes';
import { remoteApi, type ApiClient } from '../../support/testApp';
import { testConfig } from '../../support/testConfig';

export interface Stack {
  baseUrl: string;
  api: ApiClient;
  mail: MailSink;
  stop(): Promise<void>;
}

/**
 * The real thing, as `npm start` runs it: the API process (which serves the built app and, with
 * the embedded search engine, indexes and matches), the workers process (notifications, the
 * scheduler) and an SMTP sink, on this test file's own database and queues.
 */
export async function startStack(): Promise<Stack> {
  const [port, smsPort] = await Promise.all([freePort(), freePort()]);
  const mail = await startMailSink();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = testConfig();
  const env = {
    ...processEnv(config),
    HTTP_PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    SMTP_URL: mail.url,
    // Nothing listens there: text messages to people fail and are retried, out of the way.
    SMS_PROVIDER_URL: `http://127.0.0.1:${smsPort}`,
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  };
  const processes: RunningProcess[] = [];
  const stop = async () => {
    for (const running of processes) running.child.kill('SIGTERM');
    await Promise.all(processes.map((running) => running.exited));
    await mail.close();
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
  return { baseUrl, api: remoteApi(baseUrl), mail, stop };
}
