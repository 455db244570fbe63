import {
  interviewOffers,
  ownParticipation,
  participationOpen,
  placesText,
  type RecruitmentEvent,
} from '../../../services/web/src/events/employerEvent';
import { eventWhen, eventWhere, parisClock, parisDay } from '../../../services/web/src/rsvp/eventText';
import { rsvpOutcome, type RsvpView } from '../../../services/web/src/rsvp/rsvpOutcome';

const now = new Date('2027-01-05T10:00:00Z');
/** Times are written with no-break spaces; the expectations with plain ones, for reading. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const aView = (overrides: Partial<RsvpView> = {}, event: Partial<RsvpView['event']> = {}): RsvpView => ({
  firstName: 'Samia',
  status: 'invited',
  open: true,
  ...overrides,
  event: {
    kind: 'job_dating',
    title: 'Job dating transport',
    description: '',
    startsAt: '2027-01-12T08:30:00Z',
    endsAt: '2027-01-12T11:00:00Z',
    place: { online: true, url: null },
    employers: [],
    status: 'published',
    ...event,
  },
});

describe('an event’s time and place as the invited person reads them', () => {
  it('says the day and the hours in Paris time, in words, whatever the zone of the phone', () => {
    expect(parisDay('2027-01-12T08:30:00Z', now)).toBe('mardi 12 janvier');
    expect(plain(parisClock('2027-01-12T08:30:00Z'))).toBe('9 h 30');
    expect(plain(parisClock('2027-01-12T11:00:00Z'))).toBe('12 h');
    expect(plain(eventWhen('2027-01-12T08:30:00Z', '2027-01-12T11:00:00Z', now))).toBe(
      'mardi 12 janvier, de 9 h 30 à 12 h',
    );
  });

  it('names the first of the month « 1er », adds the year when it is not this one, spans several days', () => {
    expect(parisDay('2027-06-01T08:00:00Z', now)).toBe('mardi 1er juin');
    expect(parisDay('2028-01-12T08:00:00Z', now)).toBe('mercredi 12 janvier 2028');
    expect(plain(eventWhen('2027-01-12T08:00:00Z', '2027-01-13T16:00:00Z', now))).toBe(
      'du mardi 12 janvier à 9 h au mercredi 13 janvier à 17 h',
    );
  });

  it('gives the address and the commune, or « En ligne »', () => {
    const commune = {
      inseeCode: '59350',
      name: 'Lille',
      postalCode: '59000',
      departmentCode: '59',
      location: { lat: 50.6, lng: 3.06 },
      approximate: false,
    };
    expect(eventWhere({ online: false, commune, address: '12 rue Nationale' })).toBe('12 rue Nationale, 59000 Lille');
    expect(eventWhere({ online: false, commune: { ...commune, postalCode: null }, address: '' })).toBe('Lille');
    expect(eventWhere({ online: true, url: null })).toBe('En ligne');
  });
});

describe('what the answer page says and offers', () => {
  it('asks a person invited, with both answers', () => {
    const outcome = rsvpOutcome(aView(), now);
    expect(outcome.answer).toBeNull();
    expect(outcome.offer).toEqual(['yes', 'no']);
  });

  it('tells a person registered or waiting, and lets them say they no longer come', () => {
    expect(rsvpOutcome(aView({ status: 'registered' }), now)).toMatchObject({
      answer: { title: 'Vous êtes inscrit(e)' },
      offer: ['no'],
    });
    const waiting = rsvpOutcome(aView({ status: 'waitlisted' }), now);
    expect(waiting.answer?.description).toContain('vous serez prévenu(e) si une place se libère');
    expect(waiting.offer).toEqual(['no']);
  });

  it('lets a person who declined change their mind while answers are open', () => {
    expect(rsvpOutcome(aView({ status: 'declined' }), now)).toMatchObject({
      answer: { title: 'Votre réponse est enregistrée' },
      offer: ['yes'],
    });
  });

  it('says kindly why answers are closed: cancelled, past, or deadline passed', () => {
    expect(rsvpOutcome(aView({ open: false }, { status: 'cancelled' }), now).closed?.title).toBe(
      'Cet événement est annulé',
    );
    expect(rsvpOutcome(aView({ open: false }, { status: 'held' }), now).closed?.title).toBe('Cet événement est passé');
    const late = rsvpOutcome(aView({ open: false, status: 'registered' }), now);
    expect(late.closed?.title).toBe('Les réponses sont closes');
    expect(late.closed?.description).toContain('prévenez votre conseiller');
    expect(late.offer).toEqual([]);
  });
});

describe('the employer’s event page', () => {
  it('counts places in words', () => {
    expect(placesText({ registered: 1, capacity: 1, waitlisted: 0 })).toBe('1 personne inscrite sur 1 place');
    expect(placesText({ registered: 3, capacity: 10, waitlisted: 2 })).toBe(
      '3 personnes inscrites sur 10 places, 2 sur liste d’attente',
    );
  });

  it('offers an interview for the offers a person fits, else for every offer brought', () => {
    const person = { candidateId: 'c', profile: null, offerIds: ['o2'], matchId: null, matchStatus: null };
    expect(interviewOffers(person, ['o1', 'o2'])).toEqual(['o2']);
    expect(interviewOffers({ ...person, offerIds: [] }, ['o1', 'o2'])).toEqual(['o1', 'o2']);
  });

  it('finds the employer’s own answer, which may change until the event begins', () => {
    const event: RecruitmentEvent = {
      id: 'e',
      territoryId: 't',
      organizerOrganizationId: 'o',
      campaignId: null,
      kind: 'forum',
      title: 'Forum',
      description: '',
      startsAt: '2027-01-12T08:30:00Z',
      endsAt: '2027-01-12T11:00:00Z',
      place: { online: true, url: null },
      sectors: [],
      capacity: 10,
      registrationDeadline: '2027-01-11T17:00:00Z',
      status: 'published',
      participants: [
        { organizationId: 'a', organizationName: 'A', offerIds: [], status: 'asked', answeredAt: null },
        { organizationId: 'b', organizationName: 'B', offerIds: ['o'], status: 'accepted', answeredAt: null },
      ],
      registered: 0,
      waitlisted: 0,
      canManage: false,
      createdAt: '2026-12-01T00:00:00Z',
      updatedAt: '2026-12-01T00:00:00Z',
    };
    expect(ownParticipation(event, 'b')?.offerIds).toEqual(['o']);
    expect(ownParticipation(event, 'c')).toBeNull();
    expect(participationOpen(event, now)).toBe(true);
    expect(participationOpen(event, new Date('2027-01-12T09:00:00Z'))).toBe(false);
    expect(participationOpen({ ...event, status: 'cancelled' }, now)).toBe(false);
  });
});
