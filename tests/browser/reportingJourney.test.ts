import { readFileSync } from 'node:fs';
import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { aCandidate } from '../support/builders';
import { eventually } from '../support/eventually';
import { aMatch, takeStep } from '../support/proposals';
import { createCandidate } from '../support/writes';
import { LoginPage } from './pages/LoginPage';
import { ConventionPages, DashboardPage, PersonOutcomes } from './pages/ReportingPages';
import { checkPage, pageChecks } from './support/artefacts';
import { launchChromium, type Browser } from './support/chromium';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(300_000);

type Figures = { hires: number; outcomes: number; positiveOutcomes: number; proposals: number };

/**
 * Outcomes and reporting in Chromium against the real stack: an adviser records what became of a
 * person (a refusal from the API shown next to its field first), an employer hires someone the
 * adviser proposed; once the reporting projection has run, the adviser's dashboard shows the hire
 * and the outcomes, its exports download as files, the employer sees their own figures; the
 * administrator records a convention with the two partners and reads its progress.
 */
describe('outcomes, the dashboard and conventions in a browser', () => {
  let stack: Stack;
  let adviserBrowser: Browser;
  let employerBrowser: Browser;
  let adminBrowser: Browser;
  let adviser: Awaited<ReturnType<typeof anAccount>>;
  let employer: Awaited<ReturnType<typeof anAccount>>;
  let personId = '';
  const checks = pageChecks();

  beforeAll(async () => {
    stack = await startStack();
    [adviserBrowser, employerBrowser, adminBrowser] = await Promise.all([
      launchChromium(),
      launchChromium(),
      launchChromium(),
    ]);
    const adminToken = (await login(stack.api, adminCredentials)).accessToken;
    adviser = await anAccount(stack.api, adminToken, 'adviser');
    employer = await anAccount(stack.api, adminToken, 'employer');
    personId = (
      await createCandidate(
        stack.api,
        adviser.accessToken,
        aCandidate()
          .with({ contact: { firstName: 'Samia', lastName: 'Benali', email: null, mobile: null } })
          .build(),
      )
    ).id;
    // A person the adviser proposed, whom the employer interviews and hires.
    const { matchId } = await aMatch(stack.api, { employer: employer.accessToken, adviser: adviser.accessToken });
    await takeStep(stack.api, employer.accessToken, matchId, { action: 'request_interview' });
    await takeStep(stack.api, employer.accessToken, matchId, {
      action: 'schedule_interview',
      interview: {
        at: new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString(),
        place: '12 rue de la Gare, 59000 Lille',
        contactName: 'Mme Martin',
      },
    });
    await takeStep(stack.api, employer.accessToken, matchId, { action: 'hire' });
  });

  afterAll(async () => {
    for (const browser of [adviserBrowser, employerBrowser, adminBrowser]) {
      if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
      await browser?.close();
    }
    await stack?.stop();
  });

  const go = (browser: Browser, path: string) => browser.page.goto(`${stack.baseUrl}${path}`);

  /** The indicators the API gives this token for this month, once the projection has counted them. */
  const figuresOf = async (token: string): Promise<Figures> => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
      .format(new Date())
      .slice(0, 7);
    const response = await stack.api
      .http()
      .get(`/api/v1/reporting/indicators?from=${month}&to=${month}`)
      .set(...bearer(token))
      .expect(200);
    return (response.body as { total: Figures }).total;
  };

  it('the adviser records an outcome on a person: a refusal next to its field, then a training', async () => {
    const page = adviserBrowser.page;
    await go(adviserBrowser, `/personnes/${personId}`);
    await new LoginPage(page).signIn(adviser);
    await page.getByRole('heading', { level: 1, name: 'Samia Benali' }).waitFor();

    const outcomes = new PersonOutcomes(page);
    await outcomes.show();
    await page.getByText('Aucune sortie enregistrée.').waitFor();

    // An employment without its contract: the API's reason stands next to the contract's select.
    await outcomes.chooseKind('Emploi');
    await outcomes.submit();
    await page.getByText('Sortie incomplète ou incohérente.').waitFor();
    const contract = outcomes.form().getByLabel('Type de contrat');
    expect(await contract.getAttribute('aria-describedby')).toBeTruthy();
    await outcomes.form().getByText('le type de contrat est demandé pour un emploi').waitFor();
    await checkPage(page, 'reporting-01-sortie-refusee', checks);

    await outcomes.chooseKind('Entrée en formation');
    await outcomes.answerQualifying('Oui');
    await outcomes.form().getByLabel('Secteur').selectOption({ label: 'Transport et logistique' });
    await outcomes.submit();

    const row = outcomes.row('Entrée en formation');
    await row.waitFor();
    await row.getByText('Sortie positive').waitFor();
    expect(await row.innerText()).toMatch(/qualifiante, Transport et logistique/);
    await checkPage(page, 'reporting-02-sorties', checks);
  });

  it('once the projection has run, the adviser’s dashboard shows the hire and the outcomes', async () => {
    await stack.runScheduledJob('project-reporting');
    // Three outcomes: the training recorded above, the hire's employment.
    await eventually(
      async () => {
        const figures = await figuresOf(adviser.accessToken);
        expect(figures).toMatchObject({ hires: 1, outcomes: 2, positiveOutcomes: 2, proposals: 1 });
      },
      60_000,
      500,
    );

    const page = adviserBrowser.page;
    const dashboard = new DashboardPage(page);
    await dashboard.openFromMenu();
    await dashboard.choosePeriod('Ce mois-ci');
    expect(await dashboard.keyFigure('Embauches')).toBe('1');
    expect(await dashboard.keyFigure('Propositions')).toBe('1');
    expect(await dashboard.keyFigure('Taux de sorties positives')).toBe('100,0\u00a0%');

    const funnel = await dashboard.row('Parcours des candidatures, étape par étape', 'Embauchées');
    expect(funnel.slice(1)).toEqual(['1', '0,0\u00a0%']);
    const total = await dashboard.row('Détail par mois et total de la période', 'Total');
    expect(total).toContain('2');
    expect(await dashboard.chart(/^Parcours des candidatures/).getAttribute('aria-label')).toMatch(/Embauchées : 1/);
    await dashboard.chart(/^Évolution par mois/).waitFor();
    await checkPage(page, 'reporting-03-tableau-de-bord-conseiller', checks);
  });

  it('downloads the indicators and the funnel as files named after the period', async () => {
    const dashboard = new DashboardPage(adviserBrowser.page);

    const csv = await dashboard.export('Évolution mois par mois', 'CSV');
    expect(csv.suggestedFilename()).toMatch(/^passerelle-indicateurs-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text).toMatch(/Indicateurs d’insertion/);
    expect(text).toMatch(/Période/);

    const xlsx = await dashboard.export('Parcours des candidatures', 'XLSX');
    expect(xlsx.suggestedFilename()).toMatch(/^passerelle-parcours-\d{4}-\d{2}-\d{4}-\d{2}\.xlsx$/);
    // An XLSX file is a zip archive.
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });

  it('groups the figures by sector, which the address keeps', async () => {
    const page = adviserBrowser.page;
    await page.getByLabel('Regrouper par').selectOption({ label: 'Secteur' });
    await page.getByRole('button', { name: 'Afficher les indicateurs' }).click();
    await page.waitForURL(/par=secteur/);
    await new DashboardPage(page).table('Détail par secteur et total de la période').waitFor();
    await page.reload();
    await new DashboardPage(page).table('Détail par secteur et total de la période').waitFor();
    await checkPage(page, 'reporting-04-tableau-de-bord-par-secteur', checks);
  });

  it('the employer sees the figures of their own offers', async () => {
    const page = employerBrowser.page;
    await go(employerBrowser, '/tableau-de-bord');
    await new LoginPage(page).signIn(employer);
    const dashboard = new DashboardPage(page);
    await dashboard.waitFor();
    await page.getByText('Les chiffres de vos offres.').waitFor();
    await dashboard.choosePeriod('Ce mois-ci');
    expect(await dashboard.keyFigure('Embauches')).toBe('1');
    expect(await dashboard.keyFigure('Offres publiées')).toBe('1');
    await checkPage(page, 'reporting-05-tableau-de-bord-employeur', checks);
  });

  it('the administrator records a convention with both partners and reads its progress', async () => {
    const page = adminBrowser.page;
    await go(adminBrowser, '/conventions');
    await new LoginPage(page).signIn(adminCredentials);
    const conventions = new ConventionPages(page);
    await conventions.waitForList();
    await page.getByText('Aucune convention pour l’instant.').waitFor();

    const year = new Date().getFullYear();
    const organizations = await stack.api
      .http()
      .get('/api/v1/organizations?limit=100')
      .set(...bearer((await login(stack.api, adminCredentials)).accessToken))
      .expect(200);
    const nameOf = (id: string) =>
      (organizations.body as { items: { id: string; name: string }[] }).items.find((item) => item.id === id)?.name ??
      '';
    await conventions.fillNew({
      name: `Convention insertion ${year}`,
      partners: [nameOf(adviser.organizationId), nameOf(employer.organizationId)],
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      targets: { 'Personnes recrutées': '12', 'Taux de sorties positives': '60' },
    });
    await checkPage(page, 'reporting-06-nouvelle-convention', checks);
    await conventions.create();

    await page.getByRole('heading', { level: 1, name: `Convention insertion ${year}` }).waitFor();
    const recruited = conventions.target('Personnes recrutées');
    await recruited.getByRole('progressbar').waitFor();
    await recruited.getByText(/sur un objectif de 12/).waitFor();
    // One hire of a person the structure follows, by a partner employer: counted once.
    expect(await recruited.textContent()).toMatch(/(^|\D)1 sur un objectif de 12/);
    await conventions.target('Taux de sorties positives').waitFor();
    await checkPage(page, 'reporting-07-convention', checks);

    await page.getByRole('link', { name: 'Conventions' }).first().click();
    await conventions.waitForList();
    await page.getByRole('link', { name: `Convention insertion ${year}` }).waitFor();
    await checkPage(page, 'reporting-08-conventions', checks);
  });

  it('the administrator’s dashboard shows the territory, or one organisation of it', async () => {
    const page = adminBrowser.page;
    await go(adminBrowser, '/tableau-de-bord');
    const dashboard = new DashboardPage(page);
    await dashboard.waitFor();
    await dashboard.choosePeriod('Ce mois-ci');
    expect(await dashboard.keyFigure('Embauches')).toBe('1');
    // One row per organisation of the territory: the employer's hire on its own row.
    await page.getByLabel('Regrouper par').selectOption('organization');
    await page.getByRole('button', { name: 'Afficher les indicateurs' }).click();
    await page.waitForURL(/par=organisation/);
    await page.getByRole('heading', { name: 'Indicateurs par organisation' }).waitFor();
    const employerRow = page
      .getByRole('row')
      .filter({ hasText: '(employeur)' })
      .filter({ hasNotText: /^Total/ });
    await employerRow.first().waitFor();
    await checkPage(page, 'reporting-10-tableau-de-bord-par-organisation', checks);
    await page.getByLabel('Regrouper par').selectOption('month');
    await page.getByRole('combobox', { name: /^Organisation/ }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Afficher les indicateurs' }).click();
    await page.waitForURL(/organisation=/);
    await dashboard.waitFor();
    await checkPage(page, 'reporting-09-tableau-de-bord-admin', checks);
  });

  it('has no serious or critical accessibility violation on any page visited, and no page error', () => {
    expect(checks.violations).toEqual([]);
    // The browser logs the refusals the journey asks for: the session refresh before sign-in (401)
    // and the outcome without its contract (400); anything else is a fault.
    const unexpected = (browser: Browser) =>
      browser.problems.filter(
        (problem) => !/Failed to load resource: .* 40[01] \((Unauthorized|Bad Request)\)/.test(problem),
      );
    for (const browser of [adviserBrowser, employerBrowser, adminBrowser]) expect(unexpected(browser)).toEqual([]);
  });
});
