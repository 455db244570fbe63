import { readFileSync } from 'node:fs';
import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { aCandidate } from '../support/builders';
import { eventually } from '../support/eventually';
import { aMatch, takeStep } from '../support/proposals';
import { createCandidate } from '../support/writes';
import { heading } from './pages/AppHeader';
import { LoginPage } from './pages/LoginPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonPage } from './pages/PersonPage';
import { checkPage, pageChecks } from './support/artefacts';
import { launchChromium, type Browser } from './support/chromium';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(240_000);

/**
 * An adviser's day with the people they follow, in Chromium against the real stack: a person
 * recorded through the form (autocompletes, consent), found again in the list by name and
 * filters, edited, a barrier recorded and followed, the RGPD export downloaded, another person
 * erased after the confirmation that says what goes and what stays.
 */
describe('the adviser’s people pages in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  let adviser: { email: string; password: string; accessToken: string };
  let otherPersonId = '';
  let personId = '';
  let adminToken = '';
  const checks = pageChecks();

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    adminToken = (await login(stack.api, adminCredentials)).accessToken;
    adviser = await anAccount(stack.api, adminToken, 'adviser');
    // Someone the adviser already follows, recorded through the API: the one to erase.
    otherPersonId = (
      await createCandidate(
        stack.api,
        adviser.accessToken,
        aCandidate()
          .with({ contact: { firstName: 'Karim', lastName: 'Haddad', email: null, mobile: null } })
          .build(),
      )
    ).id;
  });

  afterAll(async () => {
    if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
    await browser?.close();
    await stack?.stop();
  });

  const page = () => browser.page;
  const go = (path: string) => page().goto(`${stack.baseUrl}${path}`);

  it('signs in and sees the people they follow', async () => {
    await go('/personnes');
    await new LoginPage(page()).signIn(adviser);

    const people = new PeoplePage(page());
    await people.waitFor();
    await people.row('Karim Haddad').waitFor();
    await checkPage(page(), 'people-01-personnes', checks);
  });

  it('records a person through the form, with the autocompletes and the consent', async () => {
    await new PeoplePage(page()).newPerson();
    const form = new PersonFormPage(page());
    await form.waitFor();
    await form.fill({
      firstName: 'Samia',
      lastName: 'Benali',
      mobile: '06 12 34 56 78',
      commune: { typed: 'Roubaix', option: /^Roubaix \(/ },
      job: { typed: 'cariste', option: /Cariste/ },
    });
    await form.addCertification('caces r489', /R489/);
    await checkPage(page(), 'people-02-nouvelle-personne', checks);

    personId = await form.saveNew('Samia Benali');

    const person = new PersonPage(page());
    expect(await person.fact('Commune de résidence')).toMatch(/^Roubaix/);
    expect(await person.fact('Métiers recherchés')).toMatch(/Cariste/);
    const consent = /^Consentement recueilli par Utilisateur \d+ le \d{1,2} \S+ \d{4}$/;
    expect(await person.factOnceItReads('Consentement', consent)).toMatch(consent);
    await checkPage(page(), 'people-03-personne-profil', checks);
  });

  it('finds the person in the list by name and by filters; the other tab shows the organisation', async () => {
    await go('/personnes');
    const people = new PeoplePage(page());
    await people.row('Samia Benali').waitFor();

    await people.searchName('beNal');
    await page().waitForURL(/q=beNal/);
    await people.shows(['Samia Benali']);

    await people.clearFilters();
    await people.filter({ consent: 'Accepte d’être présentée', status: 'En recherche' });
    await people.shows(['Samia Benali']);
    // A reload keeps the filters, which the address holds.
    await page().reload();
    await people.row('Samia Benali').waitFor();
    expect(await page().getByLabel('Consentement').inputValue()).toBe('given');
    await checkPage(page(), 'people-04-personnes-filtrees', checks);

    await people.filter({ consent: 'Sans consentement' });
    await people.shows(['Karim Haddad']);
    await people.searchName('Benali');
    await page().getByText('Aucune personne ne correspond.').waitFor();

    await people.clearFilters();
    await people.showTab('Toute mon organisation');
    await page().waitForURL(/vue=organisation/);
    await people.row('Samia Benali').waitFor();
    await people.row('Karim Haddad').waitFor();
    await checkPage(page(), 'people-05-personnes-organisation', checks);
  });

  it('edits a field of the profile', async () => {
    await go('/personnes');
    await new PeoplePage(page()).open('Samia Benali');
    const person = new PersonPage(page());
    await person.waitFor('Samia Benali');
    await person.edit();
    const form = new PersonFormPage(page());
    await form.setMaxDistance('35');
    await checkPage(page(), 'people-06-modifier-profil', checks);
    await form.save();

    await page().getByText('Profil enregistré.').waitFor();
    expect(await person.fact('Distance maximale')).toBe('35 km');
    const saved = await stack.api
      .http()
      .get(`/api/v1/candidates/${personId}`)
      .set(...bearer(adviser.accessToken))
      .expect(200);
    expect(saved.body.mobility.maxDistanceKm).toBe(35);
  });

  it('records a barrier, visible to the organisation’s advisers only, and changes its status', async () => {
    const person = new PersonPage(page());
    await person.showTab('Freins périphériques');
    await page()
      .getByText(/Visibles seulement par les conseillers de votre structure/)
      .waitFor();

    await person.addBarrier('Mobilité', 'Pas de permis ; aide au financement demandée.');
    await person.changeBarrierStatus('Mobilité', 'En cours de levée');

    await checkPage(page(), 'people-07-freins', checks);
    const barriers = await stack.api
      .http()
      .get(`/api/v1/candidates/${personId}/barriers`)
      .set(...bearer(adviser.accessToken))
      .expect(200);
    expect(barriers.body.items).toEqual([expect.objectContaining({ kind: 'mobility', status: 'in_progress' })]);
  });

  it('shows the matches and the messages sent to the person', async () => {
    const person = new PersonPage(page());
    await person.showTab('Mises en relation');
    await page().getByText('Aucune mise en relation pour l’instant.').waitFor();
    await checkPage(page(), 'people-08-mises-en-relation', checks);

    await person.showTab('Messages envoyés');
    await page().getByText('Aucun message envoyé à la personne.').waitFor();
    await checkPage(page(), 'people-09-messages', checks);
  });

  it('downloads everything held on the person as a JSON file', async () => {
    const person = new PersonPage(page());
    await person.showTab('Données personnelles');
    await checkPage(page(), 'people-10-donnees', checks);

    const download = await person.downloadExport();

    expect(download.suggestedFilename()).toMatch(/^passerelle-export-samia-benali-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.profile.contact).toMatchObject({ firstName: 'Samia', lastName: 'Benali' });
    expect(exported.barriers).toEqual([expect.objectContaining({ kind: 'mobility' })]);
  });

  it('erases another person after a confirmation that says what is erased and what is kept', async () => {
    await go(`/personnes/${otherPersonId}?onglet=donnees`);
    const person = new PersonPage(page());
    await person.waitFor('Karim Haddad');

    const dialog = await person.askToErase();
    await dialog.getByText(/ses freins périphériques/).waitFor();
    await dialog.getByText(/un décompte anonyme/).waitFor();
    await checkPage(page(), 'people-11-effacer-confirmation', checks);
    await person.confirmErasure();

    const people = new PeoplePage(page());
    await people.waitFor();
    await page().getByText('Les données de Karim Haddad ont été effacées.').waitFor();
    await people.shows(['Samia Benali']);
    await stack.api
      .http()
      .get(`/api/v1/candidates/${otherPersonId}`)
      .set(...bearer(adviser.accessToken))
      .expect(404);

    await go(`/personnes/${otherPersonId}`);
    expect(await heading(page())).toBe('Page introuvable');
  });

  it('checks that the convocation of an interview reached the person, next to the match', async () => {
    const employer = await anAccount(stack.api, adminToken, 'employer');
    const { candidateId, matchId } = await aMatch(
      stack.api,
      { employer: employer.accessToken, adviser: adviser.accessToken },
      {
        candidate: {
          contact: { firstName: 'Nadia', lastName: 'Kaci', email: 'nadia.kaci@example.test', mobile: null },
        },
      },
    );
    const at = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    await takeStep(stack.api, employer.accessToken, matchId, { action: 'request_interview' });
    await takeStep(stack.api, employer.accessToken, matchId, {
      action: 'schedule_interview',
      interview: { at, place: '12 rue de la Gare, 59000 Lille', contactName: 'Mme Martin' },
    });

    await go(`/personnes/${candidateId}?onglet=mises-en-relation`);
    const person = new PersonPage(page());
    await person.waitFor('Nadia Kaci');
    await page()
      .getByRole('link', { name: /voir la mise en relation/ })
      .waitFor();
    await page().getByText('Entretien planifié').waitFor();
    await checkPage(page(), 'people-12-mises-en-relation-entretien', checks);

    await person.showTab('Messages envoyés');
    await eventually(async () => {
      await page().getByRole('button', { name: 'Actualiser' }).click();
      await page().getByRole('table').getByText('Par e-mail').first().waitFor({ timeout: 2_000 });
    }, 60_000);
    await page()
      .getByRole('table')
      .getByText(/^(Envoyé|Reçu)$/)
      .first()
      .waitFor();
    await checkPage(page(), 'people-13-messages-convocation', checks);
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
