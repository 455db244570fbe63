import { adminCredentials, anAccount, bearer, login } from '../support/accounts';
import { aCandidate, anOffer } from '../support/builders';
import { eventually } from '../support/eventually';
import { createCandidate, publishOffer } from '../support/writes';
import { AttendancePage, EventFormPage, EventPage, EventsPage } from './pages/EventPages';
import { LoginPage } from './pages/LoginPage';
import { checkPage, pageChecks } from './support/artefacts';
import { launchChromium, type Browser } from './support/chromium';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(300_000);

const dayMs = 24 * 3600 * 1000;
/** A day some days ahead, as a date input and a datetime-local input want it (Paris and UTC agree on the day at noon). */
const dayIn = (days: number) => new Date(Date.now() + days * dayMs).toISOString().slice(0, 10);

/**
 * An adviser organises a job dating in the app, in Chromium, against the API and workers
 * processes: a campaign named, the event written (a commune, an employer found through its
 * offer), published; the people of the structure who fit the offer listed with why, invited by
 * SMS; one answers « je viens » from their link; on the day, at 375 px, the adviser checks her in
 * and adds someone who came without registering.
 */
describe('an event organiser’s day in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  let adviser: { email: string; password: string; accessToken: string; organizationId: string };
  const checks = pageChecks();
  const started = Date.now();
  const title = 'Job dating transport à Roubaix';
  const eventDay = dayIn(5);
  let eventId = '';

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    const adminToken = (await login(stack.api, adminCredentials)).accessToken;
    const employer = await anAccount(stack.api, adminToken, 'employer');
    adviser = await anAccount(stack.api, adminToken, 'adviser');
    await publishOffer(stack.api, employer.accessToken, anOffer().with({ requiredCertifications: [] }).build());
    // Two drivers of Roubaix who fit the offer (one has not agreed to be shown to employers), one cook who does not.
    await createCandidate(stack.api, adviser.accessToken, aCandidate().consenting().build());
    await createCandidate(
      stack.api,
      adviser.accessToken,
      aCandidate()
        .consenting(false)
        .with({
          contact: {
            firstName: 'Karim',
            lastName: 'Diallo',
            email: 'karim.diallo@example.test',
            mobile: '06 22 33 44 55',
          },
        })
        .build(),
    );
    await createCandidate(
      stack.api,
      adviser.accessToken,
      aCandidate()
        .consenting()
        .with({
          contact: {
            firstName: 'Lucie',
            lastName: 'Moreau',
            email: 'lucie.moreau@example.test',
            mobile: '06 33 44 55 66',
          },
          desiredJobs: [{ romeCode: 'G1602' }],
          experiences: [],
          skills: ['Cuisine'],
        })
        .build(),
    );
  });

  afterAll(async () => {
    if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
    await browser?.close();
    await stack?.stop();
    process.stdout.write(`\nevent organiser journey: ${Math.round((Date.now() - started) / 1000)} s\n`);
  });

  const page = () => browser.page;
  const go = (path: string) => page().goto(`${stack.baseUrl}${path}`);

  it('signs in, names a campaign and writes the event, its employer found through its offer', async () => {
    await go('/evenements');
    await new LoginPage(page()).signIn(adviser);
    const list = new EventsPage(page());
    await list.waitFor();
    await list.createCampaign('Printemps de l’emploi', dayIn(1), dayIn(60));
    await checkPage(page(), 'events-01-liste', checks);

    await list.organise();
    const form = new EventFormPage(page());
    await form.fill({
      kind: 'Job dating',
      title,
      description: 'Rencontrez en 10 minutes des employeurs du transport. Apportez votre CV et votre permis.',
      startsAt: `${eventDay}T09:30`,
      endsAt: `${eventDay}T12:00`,
      commune: { typed: 'Roubaix', option: /^Roubaix \(/ },
      address: '12 rue de la Gare, salle polyvalente',
      sector: 'Transport et logistique',
      capacity: '20',
      campaign: 'Printemps de l’emploi',
      offer: { typed: 'Conducteur', option: /^Conducteur PL régional/ },
    });
    // The employer, found through its offer, is named as the territory's list names it.
    await page()
      .locator('.passerelle-event-participant')
      .getByText(/Employeur \d+/)
      .first()
      .waitFor();
    await checkPage(page(), 'events-02-formulaire', checks);
    await form.saveDraft();

    await page().waitForURL(/\/evenements\/[0-9a-f]{24}$/);
    eventId = /\/evenements\/([0-9a-f]{24})$/.exec(page().url())?.[1] ?? '';
    const event = new EventPage(page());
    await event.waitFor(title);
    await page().getByText('Brouillon', { exact: true }).first().waitFor();
    expect(
      await page()
        .getByText(/09:30 – 12:00 \(heure de Paris\)/)
        .count(),
    ).toBe(1);
    expect(eventId).toMatch(/^[0-9a-f]{24}$/);
  });

  it('publishes it and sees the people who fit its offer, with why', async () => {
    const event = new EventPage(page());
    await event.publish();
    // The profiles are indexed by a worker: the list is read again until they are there.
    await eventually(
      async () => {
        await page().reload();
        await event.invitee('Samia Benali').waitFor({ timeout: 2_000 });
      },
      30_000,
      500,
    );
    const samia = event.invitee('Samia Benali');
    await samia.getByText(/Conducteur PL régional — score \d+ \/ 100/).waitFor();
    await samia
      .getByText(/^Rempli : /)
      .first()
      .waitFor();
    await event.invitee('Karim Diallo').getByText('pas de consentement au partage').waitFor();
    expect(await event.invitee('Lucie Moreau').count()).toBe(0);
    await page()
      .getByText(/^Calculé en \d+ ms\.$/)
      .waitFor();
    await checkPage(page(), 'events-03-personnes-a-inviter', checks);
  });

  it('invites the selection; each gets a text message with their answer link', async () => {
    const event = new EventPage(page());
    await event.choose('Samia Benali');
    await event.choose('Karim Diallo');
    await event.inviteSelection();

    await page()
      .getByText(/^2 personnes invitées/)
      .waitFor();
    await event.invitee('Samia Benali').getByText('déjà invité(e)').waitFor();
    await event.invitee('Karim Diallo').getByText('déjà invité(e)').waitFor();
    const link = await eventually(
      () => {
        const sms = stack.sms.sent.find(
          (message) => message.to === '+33612345678' && message.text.includes('/reponse/'),
        );
        if (!sms) throw new Error('no invitation text message yet');
        if (!stack.sms.sent.some((message) => message.to === '+33622334455')) throw new Error('none for Karim yet');
        return Promise.resolve(sms.text);
      },
      30_000,
      500,
    );
    // Samia answers « je viens » from her link (her page is another journey's).
    const token = /\/reponse\/([^\s]+)/.exec(link)?.[1] ?? '';
    await stack.api.http().post(`/api/v1/rsvp/${token}`).send({ answer: 'yes' }).expect(200);
    await page().reload();
    await event.waitFor(title);
    await eventually(async () => expect(await event.figure('Inscrits')).toBe('1'), 10_000, 200);
    expect(await event.figure('Invités')).toBe('2');
    await checkPage(page(), 'events-04-evenement-publie', checks);
  });

  it('on the day, on a phone, checks Samia in and adds someone who came without registering', async () => {
    await page().setViewportSize({ width: 375, height: 812 });
    await new EventPage(page()).openAttendance();
    const attendance = new AttendancePage(page());
    await attendance.row('Samia Benali').waitFor();
    expect(await attendance.counters()).toMatch(/0 présent 1 inscrit/);

    await attendance.search('sam');
    await attendance.checkIn('Samia Benali');
    await eventually(async () => expect(await attendance.counters()).toMatch(/1 présent 1 inscrit/), 10_000, 200);
    expect(await attendance.presentSwitch('Samia Benali').isChecked()).toBe(true);
    await attendance.search('');

    await attendance.addGuest('Jean', 'Dupont');
    await attendance.row('Jean Dupont').waitFor();
    expect(await attendance.presentSwitch('Jean Dupont').isChecked()).toBe(true);
    await attendance.addFollowedPerson('Lucie', /^Lucie Moreau/);
    await attendance.row('Lucie Moreau').waitFor();
    expect(await attendance.counters()).toMatch(/3 présents 1 inscrit dont 2 sans inscription/);
    await checkPage(page(), 'events-05-emargement', checks);
    await page().setViewportSize({ width: 1280, height: 900 });
  });

  it('reads the figures on the event’s page and on the campaign’s', async () => {
    await go(`/evenements/${eventId}`);
    const event = new EventPage(page());
    await event.waitFor(title);
    await eventually(async () => expect(await event.figure('Présents')).toBe('3'), 10_000, 200);
    expect(await event.figure('Venus sans inscription')).toBe('2');
    await checkPage(page(), 'events-06-chiffres', checks);

    await page().getByRole('link', { name: 'Voir les chiffres de la campagne' }).click();
    await page().getByRole('heading', { level: 1, name: 'Campagne « Printemps de l’emploi »' }).waitFor();
    await page().getByRole('link', { name: title }).waitFor();
    await checkPage(page(), 'events-07-campagne', checks);
  });

  it('changes the number of places through the form, and finds the event in the list', async () => {
    await go(`/evenements/${eventId}`);
    const event = new EventPage(page());
    await event.waitFor(title);
    await event.edit();
    await page()
      .getByLabel(/^Nombre de places/)
      .fill('25');
    await page().getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await event.waitFor(title);
    await page().getByText('1 inscrit sur 25').waitFor();

    await go('/evenements');
    const list = new EventsPage(page());
    await list.waitFor();
    const row = list.row(title);
    await row.getByText('Publié').waitFor();
    expect(await row.innerText()).toMatch(/12 rue de la Gare, salle polyvalente, 59100 Roubaix[\s\S]*1 \/ 25/);
    await checkPage(page(), 'events-08-liste-a-venir', checks);
  });

  it('cancels a draft after confirming in the modal', async () => {
    const created = await stack.api
      .http()
      .post('/api/v1/recruitment-events')
      .set(...bearer(adviser.accessToken))
      .send({
        kind: 'information_session',
        title: 'Réunion d’information logistique',
        startsAt: `${dayIn(10)}T08:00:00.000Z`,
        endsAt: `${dayIn(10)}T10:00:00.000Z`,
        registrationDeadline: `${dayIn(9)}T16:00:00.000Z`,
        place: { online: true, url: null },
        capacity: 15,
      })
      .expect(201);
    await go(`/evenements/${(created.body as { id: string }).id}`);
    const event = new EventPage(page());
    await event.waitFor('Réunion d’information logistique');

    await event.cancel();

    await page().getByText('Annulé', { exact: true }).first().waitFor();
    await page().getByRole('button', { name: 'Annuler l’événement' }).waitFor({ state: 'detached' });
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
