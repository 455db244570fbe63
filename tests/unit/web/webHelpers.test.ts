import { ApiProblem, fieldErrorsOf, reasonFor, unwrap } from '../../../services/web/src/api/problem';
import { appLink } from '../../../services/web/src/notifications/appLink';
import { checkForm, emptyOffer, toBody } from '../../../services/web/src/offers/offerForm';
import { safeNext } from '../../../services/web/src/session/safeNext';
import { daysLeft, hourToTime, timeToHour } from '../../../services/web/src/ui/format';

const validation = (errors: { field: string; reason: string }[]) =>
  new ApiProblem(400, { type: '/problems/validation-error', title: 'Requête invalide', status: 400, errors });

describe('the web app’s problem+json reading', () => {
  it('keys body fields by their path, with or without a body. prefix, and leaves query parameters to the alert', () => {
    const fields = fieldErrorsOf(
      validation([
        { field: 'weeklyHours', reason: 'la durée maximale légale est de 48 heures' },
        { field: 'body.location.commune', reason: 'commune inconnue' },
        { field: 'query.limit', reason: 'trop grand' },
      ]),
    );

    expect(fields).toEqual({
      weeklyHours: 'la durée maximale légale est de 48 heures',
      'location.commune': 'commune inconnue',
    });
  });

  it('gives an input every reason under its path, joined', () => {
    const fields = { 'interview.at': 'dans le futur', 'interview.contactName': 'requis', reason: 'obligatoire' };

    expect(reasonFor(fields, 'interview')).toBe('dans le futur ; requis');
    expect(reasonFor(fields, 'interview.at')).toBe('dans le futur');
    expect(reasonFor(fields, 'comment')).toBeUndefined();
  });

  it('turns a refusal into an ApiProblem, and a network failure into a French one', async () => {
    const refused = unwrap(
      Promise.resolve({
        error: { title: 'Ressource introuvable', status: 404 },
        response: new Response(null, { status: 404 }),
      }),
    );
    const unreachable = unwrap(Promise.reject(new TypeError('fetch failed')));

    await expect(refused).rejects.toMatchObject({ status: 404, problem: { title: 'Ressource introuvable' } });
    await expect(unreachable).rejects.toMatchObject({ status: 0, problem: { title: 'Service indisponible' } });
  });
});

describe('the web app’s addresses', () => {
  it('goes back after sign-in only to a path of the app', () => {
    expect(safeNext('/offres/abc?x=1')).toBe('/offres/abc?x=1');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('opens a notification’s page, older API links included', () => {
    expect(appLink('/mises-en-relation/0123456789abcdef01234567')).toBe('/mises-en-relation/0123456789abcdef01234567');
    expect(appLink('/api/v1/matches/0123456789abcdef01234567')).toBe('/mises-en-relation/0123456789abcdef01234567');
    expect(appLink('/api/v1/me')).toBe('/compte');
    expect(appLink('https://elsewhere.example/')).toBe('/notifications');
  });
});

describe('the offer form', () => {
  const filled = {
    ...emptyOffer,
    title: 'Cariste',
    job: { appellationCode: '11573', romeCode: 'N1101', label: 'Cariste' },
    commune: { inseeCode: '59350', name: 'Lille', postalCode: '59000' },
    weeklyHours: '35,5',
    dayStartTime: '08:30',
    dayEndTime: '16:00',
    requiredSkills: 'Conduite de chariot\n\n CACES R489 ',
  };

  it('asks for a job and a commune chosen in their lists, and for numbers that are numbers', () => {
    expect(checkForm({ ...emptyOffer, openings: 'deux' })).toEqual({
      job: 'choisissez un métier dans la liste proposée',
      'location.commune': 'choisissez une commune dans la liste proposée',
      openings: 'indiquez un nombre',
    });
    expect(checkForm(filled)).toEqual({});
  });

  it('writes the body the API takes: decimal comma, hours of the day, one skill per line, the commune by INSEE code', () => {
    const body = toBody(filled);

    expect(body).toMatchObject({
      job: { appellationCode: '11573', romeCode: 'N1101' },
      weeklyHours: 35.5,
      dayStartHour: 8.5,
      dayEndHour: 16,
      requiredSkills: ['Conduite de chariot', 'CACES R489'],
      location: { commune: { inseeCode: '59350' } },
      durationMonths: null,
      startDate: null,
      expiresAt: null,
    });
  });
});

describe('the web app’s formats', () => {
  it('counts the days begun until an end, and reads hours both ways', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(daysLeft('2026-12-01T23:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-11-30T23:00:00Z', now)).toBe(0);
    expect(hourToTime(8.5)).toBe('08:30');
    expect(timeToHour('16:45')).toBe(16.75);
  });
});
