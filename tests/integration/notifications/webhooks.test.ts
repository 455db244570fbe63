import { verifyWebhook } from '../../../shared/domain/notifications/webhookSignature';
import { UndiciWebhookSender } from '../../../shared/adapters/webhook/UndiciWebhookSender';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { eventually } from '../../support/eventually';
import { startHttpReceiver, type HttpReceiver } from '../../support/httpReceiver';
import { aProposal } from '../../support/proposals';
import { startTestApp, type TestApp } from '../../support/testApp';
import { MongoOrganizationRepository } from '../../../shared/adapters/mongo/MongoOrganizationRepository';

let testApp: TestApp;
let workers: RunningWorkers;
let mailSink: MailSink;
let receiver: HttpReceiver;
let employer: { accessToken: string; organizationId: string };
let adviser: string;
let secret: string;
let adminToken: string;
let adviserOrganizationId: string;

beforeAll(async () => {
  mailSink = await startMailSink();
  receiver = await startHttpReceiver();
  testApp = await startTestApp({ env: { SMTP_URL: mailSink.url, WEBHOOK_TIMEOUT_MS: '1000' } });
  workers = await startWorkers(testApp.deps, ['notifications']);
  await bootstrapAdmin(testApp);
  adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await anAccount(testApp, adminToken, 'employer');
  const adviserAccount = await anAccount(testApp, adminToken, 'adviser');
  adviser = adviserAccount.accessToken;
  adviserOrganizationId = adviserAccount.organizationId;
  const created = await testApp
    .http()
    .post(`/api/v1/organizations/${employer.organizationId}/webhooks`)
    .set(...bearer(employer.accessToken))
    .send({ url: `${receiver.url}/passerelle`, events: ['match.proposed'] })
    .expect(201);
  secret = (created.body as { secret: string }).secret;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
  await receiver.close();
  await mailSink.close();
});

const webhookDelivery = (matchId: string) =>
  eventually(async () => {
    const found = await testApp.deps.mongo
      .collection<{ _id: string; status: string; error: string | null }>('notificationDeliveries')
      .findOne({ _id: { $regex: `^match:${matchId}:` }, channel: 'webhook' } as never);
    if (!found) throw new Error('no webhook delivery yet');
    return found;
  });

async function proposedAndDispatched(): Promise<string> {
  const { matchId } = await aProposal(testApp, { employer: employer.accessToken, adviser });
  await testApp.deps.useCases.dispatchDomainEvents.execute();
  return matchId;
}

describe('webhooks', () => {
  it('register a URL with its secret shown once, list without it, and refuse another organisation', async () => {
    const listed = await testApp
      .http()
      .get(`/api/v1/organizations/${employer.organizationId}/webhooks`)
      .set(...bearer(employer.accessToken))
      .expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ url: `${receiver.url}/passerelle`, eventTypes: ['match.proposed'] }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(secret).toMatch(/^whsec_/);
    await testApp
      .http()
      .get(`/api/v1/organizations/${employer.organizationId}/webhooks`)
      .set(...bearer(adviser))
      .expect(403);
  });

  it('post a proposal, signed over timestamp and body, with an idempotency id and ids only', async () => {
    const before = receiver.received.length;
    const matchId = await proposedAndDispatched();

    const request = await eventually(() => {
      expect(receiver.received.length).toBe(before + 1);
      return Promise.resolve(receiver.received[before]);
    }, 10_000);
    const body = JSON.parse(request?.body ?? '{}') as { id: string; type: string; data: Record<string, unknown> };
    expect(body.type).toBe('match.proposed');
    expect(Object.keys(body.data).sort()).toEqual(['action', 'from', 'matchId', 'offerId', 'reason', 'to']);
    expect(body.data.matchId).toBe(matchId);
    expect(request?.headers['idempotency-key']).toBe(body.id);
    const signature = String(request?.headers['x-passerelle-signature']);
    expect(verifyWebhook(secret, signature, request?.body ?? '', Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhook('whsec_wrong', signature, request?.body ?? '', Math.floor(Date.now() / 1000))).toBe(false);
    expect(verifyWebhook(secret, signature, `${request?.body ?? ''} `, Math.floor(Date.now() / 1000))).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/Samia|Benali|@example/);
    await eventually(async () => expect((await webhookDelivery(matchId)).status).toBe('delivered'));
  });

  it('retry a receiver that answers 500 twice, then deliver once', async () => {
    const before = receiver.received.length;
    receiver.answerNext({ status: 500 }, { status: 503, headers: { 'retry-after': '1' } });
    const matchId = await proposedAndDispatched();

    await eventually(async () => expect((await webhookDelivery(matchId)).status).toBe('delivered'), 20_000, 200);
    expect(receiver.received.length).toBe(before + 3);
  });

  it('stop at once on a 400: failed with the reason', async () => {
    const before = receiver.received.length;
    receiver.answerNext({ status: 400 });
    const matchId = await proposedAndDispatched();

    await eventually(async () => expect((await webhookDelivery(matchId)).status).toBe('failed'), 10_000);
    expect((await webhookDelivery(matchId)).error).toMatch(/400/);
    expect(receiver.received.length).toBe(before + 1);
  });
});

describe('the SSRF guard (production settings)', () => {
  const guarded = new UndiciWebhookSender({ allowPrivateNetworks: false, timeoutMs: 1_000 });
  afterAll(() => guarded.close());

  it.each([
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    'https://10.0.0.8/hook',
    'https://192.168.1.20/hook',
    'https://172.16.4.1/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'https://[fd00::1]/hook',
    'https://[::ffff:10.0.0.1]/hook',
    'http://93.184.215.14/hook',
  ])('refuses %s', async (url) => {
    await expect(guarded.checkDestination(url)).rejects.toThrow(/forbidden|https/);
  });

  it('accepts a public https address', async () => {
    await expect(guarded.checkDestination('https://93.184.215.14/hook')).resolves.toBeUndefined();
  });

  it('answers a registration to a private address with 400 naming the url', async () => {
    const app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false', SMTP_URL: mailSink.url } });
    try {
      await bootstrapAdmin(app);
      const adminToken = (await login(app, adminCredentials)).accessToken;
      const owner = await anAccount(app, adminToken, 'employer');
      const refused = await app
        .http()
        .post(`/api/v1/organizations/${owner.organizationId}/webhooks`)
        .set(...bearer(owner.accessToken))
        .send({ url: 'https://169.254.169.254/hook', events: ['match.proposed'] })
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
    } finally {
      await app.close();
    }
  });
});

describe('administrators and webhooks', () => {
  const register = (organizationId: string, status: number) =>
    testApp
      .http()
      .post(`/api/v1/organizations/${organizationId}/webhooks`)
      .set(...bearer(adminToken))
      .send({ url: `${receiver.url}/admin`, events: ['match.proposed'] })
      .expect(status);

  it('register webhooks for an employer organisation of their territory only', async () => {
    const territoryId = testApp.deps.accessTokens.verify(adminToken).actor.organizationId;
    await register(employer.organizationId, 201);
    await register('0123456789abcdef01234567', 404);
    const insertion = await register(adviserOrganizationId, 400);
    expect((insertion.body as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ field: 'id' })]);
    const territory = await register(territoryId, 400);
    expect((territory.body as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('see the deliveries of their own territory only', async () => {
    const matchId = await proposedAndDispatched();
    await webhookDelivery(matchId);
    const other = await new MongoOrganizationRepository(testApp.deps.mongo).create(
      { kind: 'territory', name: 'Autre territoire' },
      new Date(),
    );
    const otherAdmin = { userId: 'other-admin', organizationId: other.id, role: 'admin' as const };
    const seenBy = async (actor: typeof otherAdmin) =>
      (await testApp.deps.useCases.listDeliveries.execute({ actor, limit: 100, offset: 0 })).filter((delivery) =>
        delivery.key.startsWith(`match:${matchId}:`),
      );
    const own = testApp.deps.accessTokens.verify(adminToken).actor;
    expect((await seenBy({ ...otherAdmin, organizationId: own.organizationId })).length).toBeGreaterThan(0);
    expect(await seenBy(otherAdmin)).toEqual([]);
  });
});
