import { attendanceCounts, filterByName } from '../../../services/web/src/events/attendance';
import {
  addOffer,
  checkForm,
  emptyEvent,
  fromEvent,
  toBody,
  toChanges,
} from '../../../services/web/src/events/eventForm';
import { figureCells } from '../../../services/web/src/events/figures';
import { formatParisRange, fromParisInput, toParisInput } from '../../../services/web/src/events/parisTime';
import type { RecruitmentEvent } from '../../../services/web/src/events/sharedLabels';

const anEvent = (): RecruitmentEvent => ({
  id: 'e1',
  territoryId: 't1',
  organizerOrganizationId: 'o1',
  campaignId: null,
  kind: 'job_dating',
  title: 'Job dating logistique',
  description: '',
  startsAt: '2026-03-10T08:30:00.000Z',
  endsAt: '2026-03-10T11:00:00.000Z',
  place: {
    online: false,
    commune: {
      inseeCode: '59512',
      name: 'Roubaix',
      postalCode: '59100',
      departmentCode: '59',
      location: { lat: 50.69, lng: 3.18 },
      approximate: false,
    },
    address: '12 rue de la Gare',
  },
  sectors: ['transport_logistics'],
  capacity: 30,
  registrationDeadline: '2026-03-09T17:00:00.000Z',
  status: 'draft',
  participants: [
    {
      organizationId: 'emp1',
      organizationName: 'Transports Nord',
      offerIds: ['of1'],
      status: 'asked',
      answeredAt: null,
    },
  ],
  registered: 0,
  waitlisted: 0,
  canManage: true,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
});

describe('event times, always in Paris time', () => {
  it('reads a datetime-local value as Paris time, winter and summer', () => {
    expect(fromParisInput('2026-03-10T09:30')).toBe('2026-03-10T08:30:00.000Z');
    expect(fromParisInput('2026-07-10T09:30')).toBe('2026-07-10T07:30:00.000Z');
  });

  it('gives nothing for a text that is no date and time', () => {
    expect(fromParisInput('')).toBeNull();
    expect(fromParisInput('10/03/2026 09:30')).toBeNull();
  });

  it('shows an instant as Paris wall time in the input, the way back of the reading', () => {
    expect(toParisInput('2026-07-10T07:30:00.000Z')).toBe('2026-07-10T09:30');
    expect(fromParisInput(toParisInput('2026-11-02T16:45:00.000Z'))).toBe('2026-11-02T16:45:00.000Z');
  });

  it('says a range within one day with the end time only', () => {
    expect(formatParisRange('2026-03-10T08:30:00.000Z', '2026-03-10T11:00:00.000Z')).toBe(
      'mardi 10 mars 2026 à 09:30 – 12:00',
    );
  });
});

describe('the event form', () => {
  it('asks for the times, the commune and a number of places before sending', () => {
    expect(checkForm({ ...emptyEvent, capacity: 'trente' })).toEqual({
      startsAt: expect.any(String),
      endsAt: expect.any(String),
      'place.commune': expect.any(String),
      capacity: 'indiquez un nombre de places',
    });
    expect(
      checkForm({ ...emptyEvent, online: true, startsAt: '2026-03-10T09:30', endsAt: '2026-03-10T12:00' }),
    ).toEqual({});
  });

  it('sends the place by INSEE code, and the start as deadline when none is given', () => {
    const body = toBody({ ...fromEvent(anEvent()), registrationDeadline: '' });

    expect(body.place).toEqual({ online: false, commune: { inseeCode: '59512' }, address: '12 rue de la Gare' });
    expect(body.registrationDeadline).toBe(body.startsAt);
    expect(body.participants).toEqual([{ organizationId: 'emp1', offerIds: ['of1'] }]);
  });

  it('sends online without a link as a null url', () => {
    expect(toBody({ ...fromEvent(anEvent()), online: true, url: '  ' }).place).toEqual({ online: true, url: null });
  });

  it('sends only what changed, so that people registered hear of real changes only', () => {
    const initial = fromEvent(anEvent());

    expect(toChanges(initial, { ...initial })).toEqual({});
    expect(toChanges(initial, { ...initial, title: 'Job dating transport', endsAt: '2026-03-10T12:30' })).toEqual({
      title: 'Job dating transport',
      endsAt: '2026-03-10T11:30:00.000Z',
    });
  });

  it('adds an employer through one of its offers, then its other offers to the same employer', () => {
    const once = addOffer([], { id: 'of1', title: 'Cariste', organizationId: 'emp1' });
    const twice = addOffer(once, { id: 'of2', title: 'Préparateur', organizationId: 'emp1' });

    expect(twice).toHaveLength(1);
    expect(twice[0]?.offerIds).toEqual(['of1', 'of2']);
    expect(addOffer(twice, { id: 'of1', title: 'Cariste', organizationId: 'emp1' })[0]?.offerIds).toEqual([
      'of1',
      'of2',
    ]);
  });
});

describe('the attendance list', () => {
  const rows = [
    { name: 'Héloïse Martin', status: 'attended' as const, walkIn: false },
    { name: 'Samia Benali', status: 'registered' as const, walkIn: false },
    { name: 'Karim Diallo', status: 'attended' as const, walkIn: true },
    { name: 'Paul Durand', status: 'no_show' as const, walkIn: false },
    { name: 'Zoé Petit', status: 'waitlisted' as const, walkIn: false },
  ];

  it('finds a name without accents or case, words in any order', () => {
    expect(filterByName(rows, 'heloise').map((row) => row.name)).toEqual(['Héloïse Martin']);
    expect(filterByName(rows, 'benali  SAM').map((row) => row.name)).toEqual(['Samia Benali']);
    expect(filterByName(rows, '  ')).toHaveLength(5);
  });

  it('counts those present, and those registered apart from walk-ins', () => {
    expect(attendanceCounts(rows)).toEqual({ present: 2, registered: 3, walkIns: 1 });
  });
});

describe('the figures', () => {
  it('shows the rates as French percentages, and a dash without a base', () => {
    const cells = figureCells({
      invited: 10,
      registered: 8,
      waitlisted: 0,
      declined: 2,
      attended: 6,
      noShows: 2,
      walkIns: 1,
      interviews: 3,
      hires: 1,
      trainings: 0,
      positiveOutcomes: 1,
      rates: { registration: 0.8, attendance: 0.75, interview: 0.5, positiveOutcome: null },
    });

    expect(cells.slice(-4)).toEqual(['80,0\u00a0%', '75,0\u00a0%', '50,0\u00a0%', '—']);
  });
});
