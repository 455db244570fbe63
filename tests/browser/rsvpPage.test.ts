import { adminCredentials, login } from '../support/accounts';
import { eventually } from '../support/eventually';
import { publishOffer } from '../support/writes';
import { EmployerEventPage } from './pages/EmployerEventPage';
import { LoginPage } from './pages/LoginPage';
import { RsvpPage } from './pages/RsvpPage';
import { checkPage, pageChecks } from './support/artefacts';
import { recordResponses } from './support/responses';
import { launchChromium, type Browser } from './support/chromium';
import {
  aNamedAccount,
  aPersonToInvite,
  aPublishedJobDating,
  checkInAndHold,
  invite,
  startSoon,
} from './support/rsvpSeeds';
import { startStack, type Stack } from './support/stack';

jest.setTimeout(240_000);

const title = 'Job dating du transport à Lille';

/**
 * A recruitment event from the invited people's phones and from the employer's desk: two people
 * invited by SMS to one place answer « Je viens » (the second waits), the first withdraws and the
 * second is promoted and told; dead links get a French page; the employer accepts to take part
 * and, after the day, asks to interview a person met there.
 */
describe('answering an event invitation from its SMS link, and the employer’s event page', () => {
  let stack: Stack;
  let browser: Browser;
  let adviserToken = '';
  let employer: Awaited<ReturnType<typeof aNamedAccount>>;
  let eventId = '';
  let startsAt = '';
  const employerName = 'Transports du Nord';
  const links = { samia: '', karim: '' };
  const mobiles = { samia: '+33612345678', karim: '+33698765432' };
  const checks = pageChecks();

  const page = () => browser.page;
  const go = (path: string) => page().goto(`${stack.baseUrl}${path}`);
  const onPhone = () => page().setViewportSize({ width: 375, height: 812 });
  const smsTo = (mobile: string, text: RegExp) =>
    stack.sms.sent.filter((sms) => sms.to === mobile && text.test(sms.text));
  const linkIn = (text: string) => {
    const link = /https?:\/\/\S+?(\/reponse\/[^\s"<>]+)/.exec(text)?.[1];
    if (!link) throw new Error(`no answer link in « ${text} »`);
    return link;
  };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    const adminToken = (await login(stack.api, adminCredentials)).accessToken;
    adviserToken = (
      await aNamedAccount(stack.api, adminToken, {
        organization: { kind: 'insertion', name: 'Mission locale de Lille', structureType: 'mission_locale' },
        role: 'adviser',
        displayName: 'Nadia Lefebvre',
        email: 'nadia.lefebvre@ml-lille.test',
      })
    ).accessToken;
    employer = await aNamedAccount(stack.api, adminToken, {
      organization: { kind: 'employer', name: employerName, siret: '73282932000074' },
      role: 'employer',
      displayName: 'Claire Martin',
      email: 'claire.martin@transports-nord.test',
    });
    const offerId = await publishOffer(stack.api, employer.accessToken);
    const samia = await aPersonToInvite(stack.api, adviserToken, {
      firstName: 'Samia',
      lastName: 'Benali',
      mobile: '06 12 34 56 78',
    });
    const karim = await aPersonToInvite(stack.api, adviserToken, {
      firstName: 'Karim',
      lastName: 'Haddad',
      mobile: '06 98 76 54 32',
    });
    ({ id: eventId, startsAt } = await aPublishedJobDating(stack.api, adviserToken, {
      title,
      capacity: 1,
      employer: { organizationId: employer.organizationId, offerIds: [offerId] },
    }));
    expect(await invite(stack.api, adviserToken, eventId, [samia, karim])).toEqual({ invited: 2, alreadyInvited: 0 });
    await eventually(() => {
      const [toSamia] = smsTo(mobiles.samia, /\/reponse\//);
      const [toKarim] = smsTo(mobiles.karim, /\/reponse\//);
      if (!toSamia || !toKarim) throw new Error(`invitations not sent yet: ${JSON.stringify(stack.sms.sent)}`);
      links.samia = linkIn(toSamia.text);
      links.karim = linkIn(toKarim.text);
      return Promise.resolve();
    }, 20_000);
  });

  afterAll(async () => {
    if (browser?.problems.length) process.stdout.write(`\nbrowser reported:\n${browser.problems.join('\n')}\n`);
    await browser?.close();
    await stack?.stop();
  });

  it('the first person opens the link on a phone, reads what, when, where and who, and comes: registered', async () => {
    await onPhone();
    await go(links.samia);
    const rsvp = new RsvpPage(page());
    await rsvp.greets('Samia');
    await page().getByRole('heading', { level: 2, name: title }).waitFor();
    // 8:30 to 11:00 UTC, read in Paris time whatever the browser's zone: 9 h 30 to 12 h in winter.
    const parisHour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).format(
        new Date(startsAt),
      ),
    );
    await page()
      .getByText(new RegExp(`, de ${parisHour}\\sh\\s30 à ${parisHour + 3}\\sh$`))
      .waitFor();
    await page().getByText('2 rue de Tournai, 59000 Lille').waitFor();
    await page().getByText(employerName, { exact: true }).waitFor();
    await checkPage(page(), 'rsvp-01-invitation', checks);

    await rsvp.answer('Je viens');

    await rsvp.says('Vous êtes inscrit(e)');
    expect(await rsvp.offers('Je viens')).toBe(false);
    expect(await rsvp.offers('Je ne viens pas')).toBe(true);
    await checkPage(page(), 'rsvp-02-inscrite', checks);
  });

  it('the second person comes too: the only place is taken, so on the waiting list', async () => {
    await onPhone();
    await go(links.karim);
    const rsvp = new RsvpPage(page());
    await rsvp.greets('Karim');

    await rsvp.answer('Je viens');

    await rsvp.says('Vous êtes sur liste d’attente');
    await page()
      .getByText(/vous serez prévenu\(e\) si une place se libère/)
      .waitFor();
    await checkPage(page(), 'rsvp-03-liste-attente', checks);
  });

  it('the first person can no longer come: the second is registered in their place and told by SMS', async () => {
    await onPhone();
    await go(links.samia);
    const rsvp = new RsvpPage(page());
    await rsvp.says('Vous êtes inscrit(e)');

    await rsvp.answer('Je ne viens pas');

    await rsvp.says('Votre réponse est enregistrée');
    expect(await rsvp.offers('Je viens')).toBe(true);
    await checkPage(page(), 'rsvp-04-ne-vient-pas', checks);

    await eventually(() => {
      expect(smsTo(mobiles.karim, /place s’est libérée/)).toHaveLength(1);
      return Promise.resolve();
    }, 20_000);
    await go(links.karim);
    await rsvp.greets('Karim');
    await rsvp.says('Vous êtes inscrit(e)');
    await checkPage(page(), 'rsvp-05-place-liberee', checks);
  });

  it('a forged, a tampered or a truncated link opens a French page that sends the person to their adviser', async () => {
    await onPhone();
    const rsvp = new RsvpPage(page());
    const tampered = `${links.samia.slice(0, -1)}${links.samia.endsWith('A') ? 'B' : 'A'}`;
    for (const link of ['/reponse/un-jeton-invente-de-toutes-pieces', tampered, '/reponse/abc']) {
      await go(link);
      await rsvp.showsDeadLink();
      await page()
        .getByText(/contactez votre conseiller/)
        .waitFor();
    }
    await checkPage(page(), 'rsvp-06-lien-invalide', checks);
  });

  it('the employer asked to take part reads the event and accepts, with the offer the organiser named', async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    await go(`/evenements/${eventId}`);
    await new LoginPage(page()).signIn(employer);
    const event = new EmployerEventPage(page());
    await event.waitFor(title);
    await event.participationIs('Réponse attendue');
    await page().getByText('1 personne inscrite sur 1 place').waitFor();
    expect(await event.bringsOffer('Conducteur PL régional')).toBe(true);
    await checkPage(page(), 'events-employer-01-invitation', checks);

    await event.accept();

    await event.participationIs('Vous participez');
    await page().getByText('Votre participation est enregistrée').waitFor();
    await checkPage(page(), 'events-employer-02-acceptee', checks);
  });

  it('after the day, the employer sees the person met and asks for an interview, then opens the match', async () => {
    await startSoon(stack.api, adviserToken, eventId, 6_000);
    await checkInAndHold(stack.api, adviserToken, eventId, /Karim/);
    const received = recordResponses(page(), stack.baseUrl);
    await page().reload();
    const event = new EmployerEventPage(page());
    await event.hasMet('Karim H.');
    // What the employer's browser received of the person: the shared profile, never a contact or a surname.
    await received.settle();
    const bodies = received.responses.map((response) => response.body).join('\n');
    expect(bodies).toContain('Karim');
    for (const secret of ['Haddad', 'karim@example.test', '698765432']) expect(bodies).not.toContain(secret);
    await checkPage(page(), 'events-employer-03-rencontres', checks);

    await event.requestInterview('Karim H.');

    await page().getByText('Demande d’entretien envoyée à son conseiller.').waitFor();
    await checkPage(page(), 'events-employer-04-entretien-demande', checks);
    await event.openMatch('Karim H.');
    await page()
      .getByRole('heading', { level: 1, name: /Karim H\./ })
      .waitFor();
  });

  it('once the event is over, the link still opens and says kindly that answers are closed', async () => {
    await onPhone();
    await go(links.samia);
    const rsvp = new RsvpPage(page());
    await rsvp.greets('Samia');
    await rsvp.says('Cet événement est passé');
    expect(await rsvp.offers('Je viens')).toBe(false);
    await checkPage(page(), 'rsvp-07-evenement-passe', checks);
  });

  it('has no serious or critical accessibility violation on any page visited', () => {
    expect(checks.violations).toEqual([]);
  });
});
