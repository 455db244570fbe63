import { adminCredentials, anAccount, login } from '../support/accounts';
import { anOffer } from '../support/builders';
import { eventually } from '../support/eventually';
import { publishOffer } from '../support/writes';
import { AdviserMatchPage, OfferSearchPage, PipelinePage } from './pages/AdviserPages';
import { AppHeader } from './pages/AppHeader';
import { LoginPage } from './pages/LoginPage';
import { MatchPage } from './pages/MatchPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonPage } from './pages/PersonPage';
import { SuggestionsPage } from './pages/SuggestionsPages';
import { checkPage, pageChecks } from './support/artefacts';
import { launchChromium, type Browser } from './support/chromium';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(300_000);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

/**
 * An adviser's day in the app, in Chromium, against the API and workers processes: a person
 * recorded through the form, a barrier noted, the offers suggested for them with their reasons,
 * the offer's suggestions, shortlisted and proposed with a word; the employer, in a browser of
 * their own, asks for an interview and schedules it; the adviser hears of it, records the person's
 * agreement to share their contact, and sees the text message to the person delivered.
 */
describe('the adviser’s space in a browser', () => {
  let stack: Stack;
  let adviserBrowser: Browser;
  let employerBrowser: Browser;
  let adviser: { email: string; password: string };
  let employer: { email: string; password: string; accessToken: string };
  const checks = pageChecks();
  const started = Date.now();
  const person = 'Samia Benali';
  const offerTitle = 'Conducteur PL régional';
  let offerId = '';
  let otherOfferId = '';
  let personId = '';
  let matchId = '';

  beforeAll(async () => {
    stack = await startStack();
    [adviserBrowser, employerBrowser] = await Promise.all([launchChromium(), launchChromium()]);
    const adminToken = (await login(stack.api, adminCredentials)).accessToken;
    employer = await anAccount(stack.api, adminToken, 'employer');
    adviser = await anAccount(stack.api, adminToken, 'adviser');
    offerId = await publishOffer(
      stack.api,
      employer.accessToken,
      anOffer().with({ requiredCertifications: [] }).build(),
    );
    // An offer in another trade, for the search's facets and the "why not this offer?" answer.
    otherOfferId = await publishOffer(
      stack.api,
      employer.accessToken,
      anOffer()
        .with({
          title: 'Aide à domicile',
          job: { romeCode: 'K1304' },
          requiredSkills: ['Entretien du logement'],
          requiredCertifications: [],
          contractType: 'cdd',
          durationMonths: 6,
        })
        .build(),
    );
  });

  afterAll(async () => {
    for (const browser of [adviserBrowser, employerBrowser]) {
      if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
      await browser?.close();
    }
    await stack?.stop();
    process.stdout.write(`\nadviser journey: ${Math.round((Date.now() - started) / 1000)} s\n`);
  });

  const page = () => adviserBrowser.page;
  /** As PersonPage.addBarrier, with the notes' label read with its hint (« Notes Facultatif : … »). */
  const addBarrier = async (kind: string, notes: string) => {
    await page().getByLabel('Type de frein').selectOption({ label: kind });
    await page()
      .getByLabel(/^Notes/)
      .first()
      .fill(notes);
    await page().getByRole('button', { name: 'Ajouter le frein' }).click();
    await new PersonPage(page()).barrier(kind).waitFor();
  };
  const go = (path: string) => page().goto(`${stack.baseUrl}${path}`);

  it('signs in and records a person through the form', async () => {
    await go('/connexion');
    await new LoginPage(page()).signIn(adviser);
    await new PeoplePage(page()).waitFor();

    await new PeoplePage(page()).newPerson();
    const form = new PersonFormPage(page());
    await form.waitFor();
    await form.fill({
      firstName: 'Samia',
      lastName: 'Benali',
      mobile: '06 12 34 56 78',
      commune: { typed: 'Roubaix', option: /^Roubaix \(/ },
      job: { typed: 'poids lourd', option: /Conducteur \/ Conductrice de poids lourd/ },
      consent: false,
    });
    // DSFR draws the box over its label: the consent is ticked by its label's text, as a person does.
    await page()
      .getByText(/La personne accepte que son profil soit présenté/)
      .click();
    personId = await form.saveNew(person);

    expect(personId).toMatch(/^[0-9a-f]{24}$/);
  });

  it('notes a barrier on the person’s page', async () => {
    const personPage = new PersonPage(page());
    await personPage.showTab('Freins périphériques');
    await addBarrier('Mobilité', 'Pas de voiture le week-end ; bus jusqu’à Lille en semaine.');
    await checkPage(page(), 'parcours-conseiller-01-personne-frein', checks);
  });

  it('sees the offers suggested for the person, with the score’s breakdown and its reasons', async () => {
    await page().getByRole('link', { name: 'Voir les offres suggérées' }).click();
    const suggestions = new SuggestionsPage(page());
    await suggestions.waitFor(`Offres suggérées pour ${person}`);

    const card = await suggestions.waitForCard(offerTitle);

    // The same ROME code (not the same appellation), a few kilometres away, no experience recorded yet.
    expect(await card.score()).toBeGreaterThan(20);
    const breakdown = (await card.breakdown()).join('\n');
    expect(breakdown).toMatch(/Métier recherché : 24 points sur 30 \(80 %\)/);
    expect(breakdown).toMatch(/Distance : [\d,]+ points sur 9/);
    expect(await card.explanation()).toEqual(expect.arrayContaining([expect.stringMatching(/^Rempli : /)]));
    await page()
      .getByText(/^Calculée le .*, sur la version \d+ de l’offre et la version \d+ du profil\.$/)
      .first()
      .waitFor();
    expect(await suggestions.listFacts()).toMatch(/sur la version \d+ du profil/);

    const answer = await suggestions.whyNot('Offre', 'domicile', /^Aide à domicile/);
    expect(answer).toMatch(/critère obligatoire/);
    await checkPage(page(), 'parcours-conseiller-02-offres-suggerees', checks);
  });

  it('finds offers by words and facets', async () => {
    await page().getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Offres' }).click();
    const search = new OfferSearchPage(page());
    await search.waitFor();
    await search.result(offerTitle).waitFor();
    await search.result('Aide à domicile').waitFor();

    await search.toggleFacet('Type de contrat', /^CDI \(1\)$/);

    await page().waitForURL(/contrat=cdi/);
    await search.result('Aide à domicile').waitFor({ state: 'detached' });
    // The other contracts stay offered, with their counts as if CDI were not chosen.
    await page()
      .getByRole('group', { name: 'Type de contrat' })
      .getByText(/^CDD \(1\)$/)
      .waitFor();
    await checkPage(page(), 'parcours-conseiller-03-recherche-offres', checks);
    expect(otherOfferId).toMatch(/^[0-9a-f]{24}$/);
  });

  it('opens the offer’s suggestions, shortlists the person and proposes them with a word', async () => {
    await new OfferSearchPage(page())
      .result(offerTitle)
      .getByRole('link', { name: /^Personnes suggérées/ })
      .click();
    const suggestions = new SuggestionsPage(page());
    await suggestions.waitFor(offerTitle);
    expect(page().url()).toBe(`${stack.baseUrl}/offres/${offerId}/suggestions`);
    const card = await suggestions.waitForCard(person);
    await checkPage(page(), 'parcours-conseiller-04-offre-suggestions', checks);

    await card.shortlist();
    await card.status('Présélectionnée');
    await card.propose('Samia a conduit 18 mois en régional ; disponible tout de suite.');

    await card.status('Proposée à l’employeur');
    await checkPage(page(), 'parcours-conseiller-05-offre-proposee', checks);
    await card.openMatch();
    matchId = /\/mises-en-relation\/([0-9a-f]{24})$/.exec(page().url())?.[1] ?? '';
    expect(matchId).toMatch(/^[0-9a-f]{24}$/);
  });

  it('the employer, in a browser of their own, asks for an interview and schedules it', async () => {
    const employerPage = employerBrowser.page;
    await employerPage.goto(`${stack.baseUrl}/mises-en-relation/${matchId}`);
    await new LoginPage(employerPage).signIn(employer);
    const match = new MatchPage(employerPage);
    await match.waitFor('Samia B.');

    await match.askForAnInterview('Pouvez-vous nous dire ses disponibilités la semaine prochaine ?');
    await match.status('Entretien demandé');
    await match.scheduleTheInterview({
      date: isoDay(inDays(3)),
      time: '10:00',
      place: '12 rue de la Gare, 59000 Lille',
      contact: 'Mme Martin, responsable d’exploitation',
      message: 'Merci d’apporter votre permis.',
    });

    await match.status('Entretien planifié');
  });

  it('sees the notification, and the match on the board waiting for the person’s agreement', async () => {
    const header = new AppHeader(page());
    await header.openNotifications();
    // The notification is dispatched by a worker: the page is read again until it has arrived.
    const notification = page().getByRole('link', { name: 'Entretien planifié' }).first();
    await eventually(
      async () => {
        await page().reload();
        await notification.waitFor({ timeout: 2_000 });
      },
      30_000,
      500,
    );
    expect(await header.shownUnreadCount()).toBeGreaterThan(0);
    await checkPage(page(), 'parcours-conseiller-06-notifications', checks);

    await page().getByRole('link', { name: 'Entretien planifié' }).first().click();

    const match = new AdviserMatchPage(page());
    await match.waitFor(person);
    expect(page().url()).toBe(`${stack.baseUrl}/mises-en-relation/${matchId}`);
    await match.status('Entretien planifié');
    await page()
      .getByText(/recueillir l’accord de la personne/)
      .first()
      .waitFor();

    await go('/suivi');
    const board = new PipelinePage(page());
    await board.waitFor();
    const card = board.card('Entretien planifié', person);
    await card.getByText(/En attente depuis/).waitFor();
    await card.getByText(/recueillir l’accord/).waitFor();
    await checkPage(page(), 'parcours-conseiller-07-suivi', checks);
  });

  it('records the person’s agreement to share their contact; the history says so', async () => {
    await go(`/mises-en-relation/${matchId}`);
    const match = new AdviserMatchPage(page());
    await match.waitFor(person);

    await match.recordContactAgreement();

    await match.history().getByText('Coordonnées partagées avec l’accord de la personne').waitFor();
    await page()
      .getByText(/Accord enregistré/)
      .waitFor();
    await page()
      .getByRole('button', { name: /^Enregistrer l’accord de partage/ })
      .waitFor({ state: 'detached' });
    expect(await match.history().innerText()).toContain(
      '« Samia a conduit 18 mois en régional ; disponible tout de suite. »',
    );
    await checkPage(page(), 'parcours-conseiller-08-mise-en-relation', checks);
  });

  it('sees the text message to the person marked delivered on the person’s page', async () => {
    await new AdviserMatchPage(page()).openPerson(person);
    const personPage = new PersonPage(page());
    await personPage.waitFor(person);
    await personPage.showTab('Messages envoyés');

    const delivered = page().getByRole('row').filter({ hasText: 'Par SMS' }).filter({ hasText: 'Reçu' });
    await eventually(
      async () => {
        await page().getByRole('button', { name: 'Actualiser' }).click();
        await delivered.first().waitFor({ timeout: 2_000 });
      },
      30_000,
      500,
    );
    expect(stack.sms.sent.map((sms) => sms.to)).toContain('+33612345678');
    await checkPage(page(), 'parcours-conseiller-09-messages', checks);
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
