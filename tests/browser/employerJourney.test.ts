import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { eventually } from '../support/eventually';
import { AppHeader, heading } from './pages/AppHeader';
import { LoginPage } from './pages/LoginPage';
import { MatchPage } from './pages/MatchPage';
import { MyOffersPage } from './pages/MyOffersPage';
import { OfferFormPage } from './pages/OfferFormPage';
import { OfferPage } from './pages/OfferPage';
import { proposeSomeone, shareContact } from './support/adviser';
import { checkPage, pageChecks } from './support/artefacts';
import { launchChromium, type Browser } from './support/chromium';
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
  let employer: { email: string; password: string; accessToken: string };
  let adviser: { accessToken: string };
  const checks = pageChecks();
  const started = Date.now();

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    const admin = await login(stack.api, adminCredentials);
    employer = await anAccount(stack.api, admin.accessToken, 'employer');
    adviser = await anAccount(stack.api, admin.accessToken, 'adviser');
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

  it('a visitor who opens a page is asked to sign in, then lands on the page asked for', async () => {
    await go('/offres');
    await page().waitForURL(/\/connexion\?suite=%2Foffres$/);
    await checkPage(page(), '01-connexion', checks);

    await new LoginPage(page()).signIn(employer);

    await new MyOffersPage(page()).waitFor();
    expect(page().url()).toBe(`${stack.baseUrl}/offres`);
    expect(await new AppHeader(page()).organisationName()).toMatch(/^Employeur \d+$/);
    await checkPage(page(), '02-mes-offres-vide', checks);
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
    await header
      .notificationsLink()
      .filter({ hasText: /non lues?/ })
      .waitFor();
    expect(await header.unreadCount()).toBe(unreadCount);
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

  it('shows a French page for an offer that does not exist and for an unknown address', async () => {
    await go('/offres/0123456789abcdef01234567');
    expect(await heading(page())).toBe('Page introuvable');
    await page().getByText('Cette offre n’existe pas').waitFor();
    await checkPage(page(), '14-offre-introuvable', checks);

    await go('/une-adresse-inconnue');
    expect(await heading(page())).toBe('Page introuvable');
  });

  it('signs out: the session is over, and a page asks to sign in again', async () => {
    await go('/compte');
    await page().getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

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
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
