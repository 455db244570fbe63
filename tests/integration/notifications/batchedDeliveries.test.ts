import { startMailSink, type MailSink } from '../../../infra/local/mailSink';
import { adminCredentials, anAccount, bootstrapAdmin, login } from '../../support/accounts';
import { aProposal } from '../../support/proposals';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * The notifications worker's batch (SendDelivery.executeAll), called here without the worker so
 * that the batch is the test's: its in-app deliveries are stored together, its e-mails sent one by
 * one, and each request gets its own outcome, in order, as each job would.
 */
let testApp: TestApp;
let mailSink: MailSink;
let employer: string;
let adviser: string;

beforeAll(async () => {
  mailSink = await startMailSink();
  testApp = await startTestApp({ env: { SMTP_URL: mailSink.url } });
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  adviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await testApp.close();
  await mailSink.close();
});

interface DeliveryRow {
  _id: string;
  channel: string;
  status: string;
  notificationId: string;
}

it('stores a batch’s in-app deliveries, sends its e-mails, and answers each request alone, a key asked twice once', async () => {
  await aProposal(testApp, { employer, adviser }, { title: 'Soudeur TIG Valenciennes' });
  await testApp.deps.useCases.dispatchDomainEvents.execute();
  const deliveries = testApp.deps.mongo.collection<DeliveryRow>('notificationDeliveries');
  const queued = await deliveries.find({ status: 'queued' }).toArray();
  const inApp = queued.filter((delivery) => delivery.channel === 'in_app');
  const emails = queued.filter((delivery) => delivery.channel === 'email');
  expect(inApp.length).toBeGreaterThan(0);
  expect(emails.length).toBeGreaterThan(0);

  const requests = [
    ...queued.map((delivery) => ({ key: delivery._id, last: false })),
    { key: 'nothing-here', last: false },
    // Two jobs of one key in the same batch: one store, one e-mail, the same outcome for both.
    { key: inApp[0]?._id ?? '', last: false },
    { key: emails[0]?._id ?? '', last: false },
  ];
  const outcomes = await testApp.deps.useCases.sendDelivery.executeAll(requests);

  expect(outcomes).toEqual([
    ...queued.map((delivery) => (delivery.channel === 'in_app' ? 'delivered' : 'sent')),
    'skipped',
    'delivered',
    'sent',
  ]);
  const stored = await testApp.deps.mongo
    .collection('inAppNotifications')
    .find({ _id: { $in: inApp.map((delivery) => delivery.notificationId) } as never })
    .toArray();
  expect(stored).toHaveLength(inApp.length);
  expect(await deliveries.countDocuments({ status: 'queued' })).toBe(0);
  expect(mailSink.received).toHaveLength(emails.length);

  // The same batch again (jobs run twice): nothing more is stored or sent.
  expect(await testApp.deps.useCases.sendDelivery.executeAll(requests)).toEqual(requests.map(() => 'skipped'));
  expect(mailSink.received).toHaveLength(emails.length);
});

it('fails only the in-app delivery the store refuses; the others of its batch are delivered', async () => {
  await aProposal(testApp, { employer, adviser }, { title: 'Carrossier Maubeuge' });
  await aProposal(testApp, { employer, adviser }, { title: 'Peintre automobile Maubeuge' });
  await testApp.deps.useCases.dispatchDomainEvents.execute();
  const deliveries = testApp.deps.mongo.collection<DeliveryRow>('notificationDeliveries');
  const inApp = await deliveries.find({ status: 'queued', channel: 'in_app' }).toArray();
  expect(inApp.length).toBeGreaterThan(1);
  // A record gone wrong (no title any more): the in-app store refuses it.
  const [broken, ...sound] = inApp as [DeliveryRow, ...DeliveryRow[]];
  await deliveries.updateOne({ _id: broken._id }, { $unset: { 'message.title': '' } });

  const outcomes = await testApp.deps.useCases.sendDelivery.executeAll(
    inApp.map((delivery) => ({ key: delivery._id, last: false })),
  );

  expect(outcomes[0]).toBeInstanceOf(Error);
  expect(outcomes.slice(1)).toEqual(sound.map(() => 'delivered'));
  expect(await deliveries.findOne({ _id: broken._id })).toEqual(expect.objectContaining({ status: 'queued' }));
  const stored = await testApp.deps.mongo
    .collection('inAppNotifications')
    .countDocuments({ _id: { $in: sound.map((delivery) => delivery.notificationId) } as never });
  expect(stored).toBe(sound.length);
});
