import { appLinks } from '../../shared/domain/notifications/appLinks';
import { digestMessage } from '../../shared/domain/notifications/dailyDigest';
import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { aCandidate, anOffer } from '../support/builders';
import { eventually } from '../support/eventually';
import { createCandidate } from '../support/writes';
import { heading } from './pages/AppHeader';
import { LoginPage } from './pages/LoginPage';
import { proposeSomeone } from './support/adviser';
import { launchChromium, type Browser } from './support/chromium';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(240_000);

/** Every kind of address a message carries (shared/domain/notifications/appLinks.ts), as a pattern. */
const linkKinds = {
  match: /^\/mises-en-relation\/[0-9a-f]{24}$/,
  offer: /^\/offres\/[0-9a-f]{24}$/,
  offerSuggestions: /^\/offres\/[0-9a-f]{24}\/suggestions$/,
  recruitmentEvent: /^\/evenements\/[0-9a-f]{24}$/,
  account: new RegExp(`^${appLinks.account}$`),
  notifications: new RegExp(`^${appLinks.notifications}$`),
  preferences: new RegExp(`^${appLinks.preferences}$`),
} satisfies Record<keyof typeof appLinks, RegExp>;
type LinkKind = keyof typeof linkKinds;

const kindOf = (path: string): LinkKind | undefined =>
  (Object.keys(linkKinds) as LinkKind[]).find((kind) => linkKinds[kind].test(path));

const errorHeadings = ['Page introuvable', 'Accès refusé', 'Une erreur est survenue'];

/** Through the API: the adviser organises a job dating in ten days with this employer and publishes it. */
async function askToJobDating(
  stack: Stack,
  adviser: string,
  participant: { organizationId: string; offerIds: string[] },
) {
  const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 24 * 3600 * 1000 + hours * 3600 * 1000);
  const created = await stack.api
    .http()
    .post('/api/v1/recruitment-events')
    .set(...bearer(adviser))
    .send({
      kind: 'job_dating',
      title: 'Job dating transport',
      startsAt: inDays(10).toISOString(),
      endsAt: inDays(10, 3).toISOString(),
      place: { online: false, commune: { inseeCode: '59350' }, address: '2 rue de Tournai' },
      capacity: 20,
      registrationDeadline: inDays(9).toISOString(),
      participants: [participant],
    })
    .expect(201);
  await stack.api
    .http()
    .post(`/api/v1/recruitment-events/${(created.body as { id: string }).id}/status`)
    .set(...bearer(adviser))
    .send({ status: 'published' })
    .expect(200);
}

interface Account {
  email: string;
  password: string;
  accessToken: string;
}

/**
 * The links of the messages people actually receive, followed in a browser: each kind of address
 * an e-mail or an in-app notification carries opens its page of the app for its recipient, after
 * sign-in when they were signed out (the first link of each recipient goes through /connexion).
 */
describe('links in messages land on real pages', () => {
  let stack: Stack;
  let employer: Account;
  let employerOrganizationId: string;
  let adviser: Account;
  const received = new Map<string, Set<string>>();

  beforeAll(async () => {
    stack = await startStack();
    const adminToken = (await login(stack.api, adminCredentials)).accessToken;
    employer = await anAccount(stack.api, adminToken, 'employer');
    employerOrganizationId = (employer as Account & { organizationId: string }).organizationId;
    adviser = await anAccount(stack.api, adminToken, 'adviser');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** The app paths of the e-mails to this address and of this user's in-app notifications. */
  async function linksOf(account: Account): Promise<Set<string>> {
    const paths = new Set<string>();
    for (const mail of stack.mail.received) {
      if (!JSON.stringify(mail.to ?? '').includes(account.email)) continue;
      for (const found of (mail.text ?? '').matchAll(new RegExp(`${stack.baseUrl}(/[^\\s"<>]*)`, 'g'))) {
        if (found[1]) paths.add(found[1]);
      }
    }
    const inApp = await stack.api
      .http()
      .get('/api/v1/me/notifications?limit=100')
      .set(...bearer(account.accessToken))
      .expect(200);
    for (const item of (inApp.body as { items: { link: string }[] }).items) paths.add(item.link);
    return paths;
  }

  /**
   * The daily digest gathers what came before the day's 08:30 (Paris): what this test writes waits
   * for tomorrow's, so its link is the one the digest's own message function gives (its sending is
   * tested in tests/integration/notifications), followed here with the others.
   */
  const digestLink = digestMessage([]).link;

  it('people receive a message with each kind of link', async () => {
    // A person the adviser follows, then an offer that suits them: a new suggestion for the adviser
    // (in-app now, e-mail in the daily digest), ending tomorrow (the employer is reminded).
    await createCandidate(
      stack.api,
      adviser.accessToken,
      aCandidate()
        .consenting()
        .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
        .build(),
    );
    const created = await stack.api
      .http()
      .post('/api/v1/offers')
      .set(...bearer(employer.accessToken))
      .send(
        anOffer()
          .with({ expiresAt: new Date(Date.now() + 20 * 3600 * 1000).toISOString() })
          .build(),
      )
      .expect(201);
    const offerId = (created.body as { id: string }).id;
    await stack.api
      .http()
      .post(`/api/v1/offers/${offerId}/publish`)
      .set(...bearer(employer.accessToken))
      .expect(200);
    await eventually(async () => {
      if (!(await linksOf(adviser)).has(appLinks.offerSuggestions(offerId))) throw new Error('no new suggestion yet');
    }, 60_000);

    // A proposal for the employer; a password changed (the account's page); the hourly and daily jobs now.
    await proposeSomeone(stack.api, adviser.accessToken, offerId, 'Disponible tout de suite.');
    // A job dating the employer is asked to take part in.
    await askToJobDating(stack, adviser.accessToken, { organizationId: employerOrganizationId, offerIds: [offerId] });
    const newPassword = 'un autre mot de passe 42';
    await stack.api
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(employer.accessToken))
      .send({ currentPassword: employer.password, newPassword })
      .expect(204);
    employer = { ...employer, ...(await login(stack.api, { email: employer.email, password: newPassword })) };
    employer.password = newPassword;
    await stack.runScheduledJob('pipeline-time-rules');

    await eventually(async () => {
      const [ofEmployer, ofAdviser] = await Promise.all([linksOf(employer), linksOf(adviser)]);
      received.set(employer.email, ofEmployer);
      received.set(adviser.email, ofAdviser);
      const kinds = new Set([...ofEmployer, ...ofAdviser, digestLink].map(kindOf));
      const missing = (Object.keys(linkKinds) as LinkKind[]).filter((kind) => !kinds.has(kind));
      if (missing.length > 0) throw new Error(`no message yet with a link of kind ${missing.join(', ')}`);
    }, 90_000);

    // Nothing a message carries is outside the app's addresses.
    const unknown = [...received.values()].flatMap((paths) => [...paths]).filter((path) => !kindOf(path));
    expect(unknown).toEqual([]);
  });

  it.each(['employer', 'adviser'] as const)('every link the %s received opens its page', async (who) => {
    const account = who === 'employer' ? employer : adviser;
    const ofAccount = received.get(account.email) ?? new Set<string>();
    expect(ofAccount.size).toBeGreaterThan(0);
    const paths = [...new Set([...ofAccount, digestLink])].sort();
    const browser: Browser = await launchChromium();
    try {
      const page = browser.page;
      const [first, ...others] = paths;
      // Signed out: the link goes through the sign-in page and comes back to where it pointed.
      await page.goto(`${stack.baseUrl}${first ?? '/'}`);
      await new LoginPage(page).signIn(account);
      await page.waitForURL((url) => url.pathname === first, { timeout: 15_000 });
      for (const path of [first ?? '/', ...others]) {
        if (path !== first) await page.goto(`${stack.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.getByText('Chargement', { exact: false }).first().waitFor({ state: 'detached', timeout: 15_000 });
        expect({ path, at: new URL(page.url()).pathname, heading: await heading(page) }).toEqual({
          path,
          at: path,
          heading: expect.not.stringMatching(new RegExp(errorHeadings.join('|'))),
        });
      }
    } finally {
      await browser.close();
    }
  });
});
