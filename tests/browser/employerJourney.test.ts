import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { eventually } from '../support/eventually';
import { ForgotPasswordPage, InvitationPage, ResetPasswordPage } from './pages/AccountPages';
import { AppHeader, heading } from './pages/AppHeader';
import { LoginPage } from './pages/LoginPage';
import { MatchPage } from './pages/MatchPage';
import { MyOffersPage } from './pages/MyOffersPage';
import { OfferFormPage } from './pages/OfferFormPage';
import { OfferPage } from './pages/OfferPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { PreferencesPage } from './pages/PreferencesPage';
import { proposeSomeone, shareContact } from './support/adviser';
import { checkPage, pageChecks } from './support/artefacts';
import { launchChromium, type Browser } from './support/chromium';
import { linkInMail } from './support/mail';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(240_000);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

/**
 * An employer's day in the app, in Chromium, against the API and workers processes: sign-in, an
 * offer written through the autocompletes, saved, refused once by the server, published; a person
 * proposed by an adviser, the notification, the interview asked for and scheduled, the contact
 * once shared; a reload that keeps the session, the French pages for what does not exist, sign-out.
 */
describe('the employer’s space in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  const employer = {
    email: 'claire.martin@transports-nord.test',
    password: 'un mot de passe de Claire',
    accessToken: '',
  };
  let adminToken = '';
  let adviser: { accessToken: string };
  const checks = pageChecks();
  const started = Date.now();

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    adminToken = (await login(stack.api, adminCredentials)).accessToken;
    adviser = await anAccount(stack.api, adminToken, 'adviser');
  });

  afterAll(async () => {
    if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
    await browser?.close();
    await stack?.stop();
    process.stdout.write(`\nbrowser journey: ${Math.round((Date.now() - started) / 1000)} s\n`);
  });

  const page = () => browser.page;
  const go = (path: string) => page().goto(`${stack.baseUrl}${path}`);
  let offerId = '';
  let matchId = '';

  it('an employer invited by e-mail opens the link, chooses a password and is signed in', async () => {
    const organization = await stack.api
      .http()
      .post('/api/v1/organizations')
      .set(...bearer(adminToken))
      .send({ kind: 'employer', name: 'Transports du Nord', siret: '73282932000074' })
      .expect(201);
    await stack.api
      .http()
      .post(`/api/v1/organizations/${organization.body.id as string}/invitations`)
      .set(...bearer(adminToken))
      .send({ email: employer.email, displayName: 'Claire Martin', role: 'employer' })
      .expect(201);
    const link = await linkInMail(stack.mail, employer.email, /\/invitation\/[^\s"<>]+/);

    await go(link);
    const invitation = new InvitationPage(page());
    await invitation.waitFor();
    await page().getByText('rejoindre Transports du Nord').waitFor();
    await checkPage(page(), '01-invitation', checks);
    await invitation.choosePassword(employer.password);

    await new MyOffersPage(page()).waitFor();
    expect(page().url()).toBe(`${stack.baseUrl}/offres`);
    expect(await new AppHeader(page()).organisationName()).toBe('Transports du Nord');
    await checkPage(page(), '02-mes-offres-vide', checks);
    employer.accessToken = (await login(stack.api, { email: employer.email, password: employer.password })).accessToken;
  });

  it('writes an offer through the autocompletes; a value the server refuses is shown next to its field', async () => {
    const offers = new MyOffersPage(page());
    await offers.writeAnOffer();
    const form = new OfferFormPage(page());
    await form.fillTitle('Conducteur PL régional');
    await form.chooseJob('poids lourd', /Conducteur \/ Conductrice de poids lourd/);
    await form.describe('Livraisons régionales au départ de Lille, retour chaque soir.');
    await form.chooseCommune('Lille', /^Lille \(/);
    await form.setRequiredSkills(['Conduite de poids lourd', 'Arrimage des charges']);
    await form.requireCertification('Permis C');
    await form.setWeeklyHours('60');
    await checkPage(page(), '03-nouvelle-offre', checks);

    await form.saveDraft();

    await page().getByRole('heading', { name: 'Requête invalide' }).waitFor();
    expect(await form.errorUnder('Heures par semaine')).toContain('la durée maximale légale est de 48 heures');
    await checkPage(page(), '04-nouvelle-offre-erreur', checks);

    await form.setWeeklyHours('35');
    await form.saveDraft();

    const offer = new OfferPage(page());
    await offer.waitFor('Conducteur PL régional');
    await offer.hasStatus('Brouillon');
    offerId = /\/offres\/([0-9a-f]{24})$/.exec(page().url())?.[1] ?? '';
    expect(offerId).toMatch(/^[0-9a-f]{24}$/);
    await checkPage(page(), '05-offre-brouillon', checks);
  });

  it('publishes the draft with its end date, after confirming', async () => {
    const offer = new OfferPage(page());
    await offer.openPublication();
    await checkPage(page(), '06-publier-confirmation', checks);

    await offer.confirmPublication(isoDay(inDays(30)));

    await offer.hasStatus('Publiée');
    // The end of the 30th day from now: 30 days and some hours, so 31 days begun.
    await page()
      .getByText(/^3[01] jours restants$/)
      .waitFor();
    await checkPage(page(), '07-offre-publiee', checks);
  });

  it('sees the notification of a proposal after a reload, which keeps the session', async () => {
    ({ matchId } = await proposeSomeone(
      stack.api,
      adviser.accessToken,
      offerId,
      'Samia a conduit 18 mois en régional ; disponible tout de suite.',
    ));
    // The proposal's notification, and the one of the sign-in from a new device.
    let unreadCount = 0;
    await eventually(async () => {
      const unread = await stack.api
        .http()
        .get('/api/v1/me/notifications?unread=true')
        .set(...bearer(employer.accessToken));
      expect(unread.body.items.map((item: { title: string }) => item.title)).toContain('Nouvelle candidature proposée');
      unreadCount = unread.body.unreadCount;
    }, 30_000);

    await page().reload();

    const header = new AppHeader(page());
    expect(await header.shownUnreadCount()).toBe(unreadCount);
    expect(await heading(page())).toBe('Conducteur PL régional');
  });

  it('opens the proposal from the notification', async () => {
    await new AppHeader(page()).openNotifications();
    await checkPage(page(), '08-notifications', checks);

    await page().getByRole('link', { name: 'Nouvelle candidature proposée' }).click();

    const match = new MatchPage(page());
    await match.waitFor('Samia B.');
    expect(page().url()).toBe(`${stack.baseUrl}/mises-en-relation/${matchId}`);
    await match.status('Proposée, en attente de votre réponse');
    await page().getByText('Samia a conduit 18 mois en régional ; disponible tout de suite.').first().waitFor();
    await checkPage(page(), '09-proposition', checks);
  });

  it('asks for an interview, then schedules it', async () => {
    const match = new MatchPage(page());
    await match.askForAnInterview('Pouvez-vous nous dire ses disponibilités la semaine prochaine ?');
    await match.status('Entretien demandé');

    await page().getByRole('button', { name: 'Planifier l’entretien' }).click();
    await checkPage(page(), '10-planifier-entretien', checks);
    await page().getByRole('button', { name: 'Planifier l’entretien' }).click();
    await match.scheduleTheInterview({
      date: isoDay(inDays(3)),
      time: '10:00',
      place: '12 rue de la Gare, 59000 Lille',
      contact: 'Mme Martin, responsable d’exploitation',
      message: 'Merci d’apporter votre permis.',
    });

    await match.status('Entretien planifié');
    expect(await match.contactSection()).toContain('apparaîtront ici');
  });

  it('sees the contact once the adviser has recorded the person’s agreement', async () => {
    await shareContact(stack.api, adviser.accessToken, matchId);

    await page().reload();

    const match = new MatchPage(page());
    await match.waitFor('Samia B.');
    expect(await match.contactSection()).toContain('samia.benali@example.test');
    await checkPage(page(), '11-entretien-planifie-contact', checks);
  });

  it('lists the proposals of the offer as cards', async () => {
    await go(`/offres/${offerId}/propositions`);
    await page().getByRole('article', { name: 'Samia B.' }).waitFor();
    await checkPage(page(), '12-propositions', checks);

    await go('/offres');
    await new MyOffersPage(page()).row('Conducteur PL régional').waitFor();
    await checkPage(page(), '13-mes-offres', checks);
  });

  it('invites a colleague, registers a webhook (its secret shown once, copied), deletes it', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.baseUrl });
    await page()
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Organisation' })
      .click();
    const organization = new OrganizationPage(page());
    await organization.waitFor();

    await organization.inviteColleague('Karim Benhadj', 'karim.benhadj@transports-nord.test');
    expect(await linkInMail(stack.mail, 'karim.benhadj@transports-nord.test', /\/invitation\/\S+/)).toMatch(
      /^\/invitation\//,
    );
    const secret = await organization.registerWebhook('http://127.0.0.1:9/passerelle');
    await organization.copySecret();
    expect(await page().evaluate('navigator.clipboard.readText()')).toBe(secret);
    await organization.webhookRow('http://127.0.0.1:9/passerelle').waitFor();
    await checkPage(page(), '15-organisation', checks);

    await organization.deleteWebhook('http://127.0.0.1:9/passerelle');
    await page().getByText('Aucun webhook enregistré.').waitFor();
  });

  it('chooses how notifications arrive; security messages and convocations stay locked, saying why', async () => {
    await go('/preferences');
    const preferences = new PreferencesPage(page());
    await preferences.waitFor();
    expect(await preferences.isLocked('Sécurité du compte')).toBe(true);
    await page()
      .getByText(/Non modifiable/)
      .first()
      .waitFor();

    await preferences.chooseEmail('Candidatures proposées', 'Dans le récapitulatif quotidien');
    await preferences.save();
    await checkPage(page(), '16-preferences', checks);

    const saved = await stack.api
      .http()
      .get('/api/v1/me/notification-preferences')
      .set(...bearer(employer.accessToken));
    expect(saved.body).toContainEqual(
      expect.objectContaining({ category: 'proposals', channel: 'email', enabled: true, frequency: 'daily' }),
    );
  });

  it('shows a French page for an offer that does not exist and for an unknown address', async () => {
    await go('/offres/0123456789abcdef01234567');
    expect(await heading(page())).toBe('Page introuvable');
    await page().getByText('Cette offre n’existe pas').waitFor();
    await checkPage(page(), '14-offre-introuvable', checks);

    await go('/une-adresse-inconnue');
    expect(await heading(page())).toBe('Page introuvable');
  });

  it('signs out: the session is over, and a page asks to sign in again, then comes back to it', async () => {
    await go('/compte');
    await page().getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await checkPage(page(), '17-compte', checks);
    const [cookie] = await browser.context.cookies(`${stack.baseUrl}/api/v1/auth/browser/refresh`);
    expect(cookie?.httpOnly).toBe(true);

    await new AppHeader(page()).signOut();
    await go('/offres');

    await page().waitForURL(/\/connexion\?suite=%2Foffres$/);
    // The refresh token the browser held is ended, not merely forgotten by the browser.
    const replay = await stack.api
      .http()
      .post('/api/v1/auth/browser/refresh')
      .set('X-Passerelle-Client', 'web')
      .set('Cookie', `${cookie?.name ?? ''}=${cookie?.value ?? ''}`);
    expect(replay.status).toBe(401);
    await checkPage(page(), '18-connexion', checks);

    await new LoginPage(page()).signIn(employer);

    await new MyOffersPage(page()).waitFor();
    expect(page().url()).toBe(`${stack.baseUrl}/offres`);
  });

  it('forgot the password: the e-mailed link sets a new one, which signs in', async () => {
    await new AppHeader(page()).signOut();
    await page().getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await new ForgotPasswordPage(page()).ask(employer.email);
    await checkPage(page(), '19-mot-de-passe-oublie', checks);

    await go(await linkInMail(stack.mail, employer.email, /\/reinitialiser-mot-de-passe\/[^\s"<>]+/));
    await checkPage(page(), '20-nouveau-mot-de-passe', checks);
    await new ResetPasswordPage(page()).choose('un tout nouveau mot de passe');
    await page().getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await new LoginPage(page()).signIn({ email: employer.email, password: 'un tout nouveau mot de passe' });

    await new MyOffersPage(page()).waitFor();
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
