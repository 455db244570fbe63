import { randomUUID } from 'node:crypto';
import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { eventually } from '../support/eventually';
import { publishOffer } from '../support/writes';
import { InvitationPage } from './pages/AccountPages';
import { AdminOrganizationPage, AdminOrganizationsPage, DeliveriesPage } from './pages/AdministrationPages';
import { LoginPage } from './pages/LoginPage';
import { MatchPage } from './pages/MatchPage';
import { MyOffersPage } from './pages/MyOffersPage';
import { checkPage, pageChecks } from './support/artefacts';
import { proposeSomeoneWithABarrier } from './support/barrierProposal';
import { launchChromium, type Browser } from './support/chromium';
import { linkInMail } from './support/mail';
import { fetchFromPage, recordResponses, type ResponseLog } from './support/responses';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(300_000);

/**
 * A territory administrator's day, and who may see what: organisations created (a SIRET refused
 * next to its field), an adviser invited who signs in from the e-mail, then is deactivated and
 * signed out of the browser still open; the delivery of every message. Then an employer, in a
 * browser of their own, is refused the advisers' and administrators' pages (and the API refuses
 * their requests), and never receives a person's barrier to employment, on any page, in any answer.
 */
describe('the administration, and what each role may reach, in a browser', () => {
  let stack: Stack;
  let admin: Browser;
  let adviser: Browser;
  let employer: Browser;
  const checks = pageChecks();
  const marker = `FREIN-CONFIDENTIEL-${randomUUID()}`;
  const structure = { name: 'Mission locale de Roubaix', type: 'Mission locale' };
  const company = { name: 'Transports du Nord', siret: '732 829 320 00074' };
  const nadia = { name: 'Nadia Ouali', email: 'nadia.ouali@ml-roubaix.test', password: 'le mot de passe de Nadia' };
  const claire = {
    name: 'Claire Martin',
    email: 'claire.martin@transports-nord.test',
    password: 'un mot de passe de Claire',
  };
  let received: ResponseLog;

  beforeAll(async () => {
    stack = await startStack();
    admin = await launchChromium();
  });

  afterAll(async () => {
    for (const browser of [admin, adviser, employer]) {
      if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
      await browser?.close();
    }
    await stack?.stop();
  });

  const go = (browser: Browser, path: string) => browser.page.goto(`${stack.baseUrl}${path}`);

  it('the administrator signs in and lands on the organisations of the territory', async () => {
    await go(admin, '/');
    await new LoginPage(admin.page).signIn(adminCredentials);

    await new AdminOrganizationsPage(admin.page).waitFor();
    expect(admin.page.url()).toBe(`${stack.baseUrl}/administration`);
    await admin.page.getByRole('row').filter({ hasText: 'Territoire' }).first().waitFor();
    await checkPage(admin.page, 'administration-30-admin-organisations', checks);
  });

  it('creates an employer: a SIRET whose check digit is wrong is refused next to its field, then the right one', async () => {
    const organizations = new AdminOrganizationsPage(admin.page);
    await organizations.createEmployer(company.name, '732 829 320 00075');

    await admin.page.getByText('SIRET invalide.').waitFor();
    expect(await organizations.siretError()).toContain('numéro SIRET invalide');
    await checkPage(admin.page, 'administration-31-admin-siret-refuse', checks);

    await organizations.createEmployer(company.name, company.siret);

    await organizations.created(company.name);
    await organizations.row(company.name).getByText('SIRET 732 829 320 00074').waitFor();
  });

  it('creates an insertion structure with its type, and filters the list by kind', async () => {
    const organizations = new AdminOrganizationsPage(admin.page);
    await organizations.createInsertionStructure(structure.name, structure.type);
    await organizations.created(structure.name);

    await organizations.filterByKind('Structure d’insertion');

    await organizations.row(structure.name).getByText('Mission locale', { exact: true }).waitFor();
    await organizations.row(company.name).waitFor({ state: 'detached' });
    expect(admin.page.url()).toBe(`${stack.baseUrl}/administration?type=insertion`);
    await checkPage(admin.page, 'administration-32-admin-structures-filtrees', checks);
  });

  it('invites an adviser, who opens the e-mailed link, chooses a password and lands on the people followed', async () => {
    await new AdminOrganizationsPage(admin.page).open(structure.name);
    const organization = new AdminOrganizationPage(admin.page);
    await admin.page.getByText('Aucun compte pour l’instant').waitFor();
    await organization.invite(nadia.name, nadia.email);
    await admin.page.getByText('Rôle du compte : Conseiller').waitFor();
    await checkPage(admin.page, 'administration-33-admin-structure-invitation', checks);

    adviser = await launchChromium();
    await go(adviser, await linkInMail(stack.mail, nadia.email, /\/invitation\/[^\s"<>]+/));
    const invitation = new InvitationPage(adviser.page);
    await invitation.waitFor();
    await invitation.choosePassword(nadia.password);

    await adviser.page.getByRole('heading', { level: 1, name: 'Personnes suivies' }).waitFor();
    expect(adviser.page.url()).toBe(`${stack.baseUrl}/personnes`);
    await checkPage(adviser.page, 'administration-34-conseillere-personnes', checks);
  });

  it('deactivates the adviser after a confirmation that says what happens; her open browser is signed out', async () => {
    await admin.page.reload();
    const organization = new AdminOrganizationPage(admin.page);
    await organization.userRow(nadia.name).getByText('Actif').waitFor();
    await organization.userRow(nadia.name).getByText('Conseiller').waitFor();

    const dialog = await organization.askToDeactivate(nadia.name);
    expect(await dialog.innerText()).toMatch(/déconnecté·e immédiatement[\s\S]*ne peut plus se connecter/);
    await checkPage(admin.page, 'administration-35-admin-desactiver-confirmation', checks);
    await organization.confirmDeactivation(dialog, nadia.name);

    await organization
      .userRow(nadia.name)
      .getByText(/^Désactivé depuis le /)
      .waitFor();
    await checkPage(admin.page, 'administration-36-admin-compte-desactive', checks);

    // Her next request, a click in the menu of the page she still has open, ends on the sign-in page.
    await adviser.page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Offres' })
      .click();
    await adviser.page.getByRole('heading', { level: 1, name: 'Connexion à Passerelle' }).waitFor();
    await adviser.page.reload();
    await adviser.page.getByRole('heading', { level: 1, name: 'Connexion à Passerelle' }).waitFor();
    await checkPage(adviser.page, 'administration-37-conseillere-deconnectee', checks);
    const refused = await stack.api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: nadia.email, password: nadia.password });
    expect(refused.status).toBe(401);
    await adviser.close();
  });

  it('reactivates the account', async () => {
    const organization = new AdminOrganizationPage(admin.page);
    await organization.reactivate(nadia.name);

    await organization.userRow(nadia.name).getByText('Actif').waitFor();
    await login(stack.api, { email: nadia.email, password: nadia.password });
  });

  it('follows the delivery of every message, filtered by status', async () => {
    await admin.page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Suivi des envois' })
      .click();
    const deliveries = new DeliveriesPage(admin.page);
    await deliveries.waitFor();
    await eventually(async () => {
      await admin.page.reload();
      await deliveries.rows().filter({ hasText: 'Votre accès à Passerelle' }).first().waitFor({ timeout: 2_000 });
    }, 30_000);
    await checkPage(admin.page, 'administration-38-admin-envois', checks);

    await deliveries.filterByStatus('Envoyé');

    const invitationRow = deliveries.rows().filter({ hasText: 'Votre accès à Passerelle' }).first();
    await invitationRow.getByText('Personne invitée · Mission locale de Roubaix').waitFor();
    await invitationRow.getByText('E-mail', { exact: true }).waitFor();
    await invitationRow.getByText('Sécurité du compte').waitFor();
    expect(admin.page.url()).toBe(`${stack.baseUrl}/administration/envois?statut=sent`);
    const statuses = await deliveries.rows().locator('.fr-badge').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['Envoyé']));
    await checkPage(admin.page, 'administration-39-admin-envois-envoyes', checks);
  });

  let offerId = '';
  let candidateId = '';
  let matchId = '';

  it('an employer invited by the administrator signs in, in a browser of their own', async () => {
    await go(admin, '/administration?type=employer');
    await new AdminOrganizationsPage(admin.page).open(company.name);
    await admin.page.getByText('Rôle du compte : Employeur').waitFor();
    await new AdminOrganizationPage(admin.page).invite(claire.name, claire.email);

    employer = await launchChromium();
    received = recordResponses(employer.page, stack.baseUrl);
    await go(employer, await linkInMail(stack.mail, claire.email, /\/invitation\/[^\s"<>]+/));
    await new InvitationPage(employer.page).choosePassword(claire.password);
    await new MyOffersPage(employer.page).waitFor();

    const employerToken = (await login(stack.api, { email: claire.email, password: claire.password })).accessToken;
    offerId = await publishOffer(stack.api, employerToken);
    const someAdviser = await anAccount(stack.api, (await login(stack.api, adminCredentials)).accessToken, 'adviser');
    ({ candidateId, matchId } = await proposeSomeoneWithABarrier(stack.api, someAdviser.accessToken, offerId, marker));
    // The barrier is there, for the advisers of the person's organisation.
    const barriers = await stack.api
      .http()
      .get(`/api/v1/candidates/${candidateId}/barriers`)
      .set(...bearer(someAdviser.accessToken))
      .expect(200);
    expect(JSON.stringify(barriers.body)).toContain(marker);
    await eventually(async () => {
      const unread = await stack.api
        .http()
        .get('/api/v1/me/notifications?unread=true')
        .set(...bearer(employerToken));
      expect(JSON.stringify(unread.body)).toContain('Nouvelle candidature proposée');
    }, 30_000);
  });

  it('the employer gets « Accès refusé » on the advisers’ and the administrators’ pages', async () => {
    const refusedPages = [
      ['administration-40-employeur-refuse-personnes', '/personnes'],
      ['administration-41-employeur-refuse-personne', `/personnes/${candidateId}`],
      ['administration-42-employeur-refuse-suivi', '/suivi'],
      ['administration-43-employeur-refuse-suggestions', `/offres/${offerId}/suggestions`],
      ['administration-44-employeur-refuse-administration', '/administration'],
      ['administration-45-employeur-refuse-envois', '/administration/envois'],
    ] as const;
    for (const [name, path] of refusedPages) {
      await go(employer, path);
      await employer.page.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
      expect(await employer.page.content()).not.toContain(marker);
      await checkPage(employer.page, name, checks);
    }
    await employer.page.getByText('Cette page est réservée aux administrateurs du territoire.').waitFor();
  });

  it('the API refuses the employer’s browser the data behind those pages, with 403', async () => {
    const behindThePages = [
      '/api/v1/candidates',
      '/api/v1/candidates/caseload',
      `/api/v1/candidates/${candidateId}`,
      `/api/v1/candidates/${candidateId}/barriers`,
      `/api/v1/candidates/${candidateId}/export`,
      `/api/v1/offers/${offerId}/suggestions`,
      '/api/v1/organizations',
      '/api/v1/notifications/deliveries',
    ];
    expect(received.bearer()).toMatch(/^Bearer /);

    const statuses = await fetchFromPage(employer.page, behindThePages, received.bearer());

    expect(statuses).toEqual(behindThePages.map(() => 403));
    await received.settle();
    for (const path of behindThePages) {
      const answers = received.responses.filter((response) => response.url === `${stack.baseUrl}${path}`);
      expect(answers.map((answer) => answer.status)).toEqual([403]);
    }
  });

  it('the employer browses every page of their own, and the barrier reaches none of them', async () => {
    const ownPages = [
      ['administration-46-employeur-offres', '/offres', 'Mes offres'],
      ['administration-47-employeur-offre', `/offres/${offerId}`, 'Conducteur PL régional'],
      ['administration-48-employeur-propositions', `/offres/${offerId}/propositions`, 'Conducteur PL régional'],
      ['administration-50-employeur-notifications', '/notifications', 'Notifications'],
      ['administration-51-employeur-organisation', '/organisation', `Organisation : ${company.name}`],
      ['administration-52-employeur-preferences', '/preferences', 'Préférences de notification'],
      ['administration-53-employeur-compte', '/compte', 'Mon compte'],
    ] as const;
    for (const [name, path, title] of ownPages) {
      await go(employer, path);
      await employer.page.getByRole('heading', { level: 1, name: title }).first().waitFor();
      await checkPage(employer.page, name, checks);
      expect(await employer.page.content()).not.toContain(marker);
    }

    await go(employer, `/mises-en-relation/${matchId}`);
    await new MatchPage(employer.page).waitFor('Samia B.');
    await employer.page.getByText('Samia connaît bien la région ; disponible dès lundi.').first().waitFor();
    await checkPage(employer.page, 'administration-49-employeur-mise-en-relation', checks);
    expect(await employer.page.content()).not.toContain(marker);

    await received.settle();
    const apiAnswers = received.responses.filter((response) => response.url.includes('/api/v1/'));
    expect(apiAnswers.length).toBeGreaterThan(20);
    expect(apiAnswers.filter((response) => response.url.includes(`/matches/${matchId}`))).not.toEqual([]);
    const leaks = received.responses.filter((response) => response.body.includes(marker));
    expect(leaks.map((leak) => `${leak.method} ${leak.url}`)).toEqual([]);
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
