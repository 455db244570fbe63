import type { MatchCandidate, MatchOffer } from '../../../shared/domain/matching/matchInputs';
import { canAttend, fitsForEvent } from '../../../shared/domain/recruitmentEvents/eventFit';
import { canMoveTo } from '../../../shared/domain/recruitmentEvents/recruitmentEvent';
import { referenceJobs } from '../../support/referenceJobs';

const lille = { lat: 50.6344, lng: 3.0476 };
const roubaix = { lat: 50.6873, lng: 3.1833 };
const lens = { lat: 50.4322, lng: 2.8212 };
const place = {
  online: false as const,
  commune: {
    inseeCode: '59350',
    name: 'Lille',
    postalCode: '59000',
    departmentCode: '59',
    location: lille,
    approximate: false,
  },
  address: '2 rue de Tournai',
};
const morning = { startsAt: new Date('2026-12-15T08:00:00Z'), endsAt: new Date('2026-12-15T11:00:00Z') };

const offer: MatchOffer = {
  id: 'offer-1',
  version: 1,
  job: { appellationCode: '11679', romeCode: 'N1101', label: 'Cariste', sector: 'transport_logistics' },
  requiredSkills: ['Conduite de chariot'],
  requiredCertifications: [],
  minQualificationLevel: null,
  minExperienceMonths: 0,
  contractType: 'cdi',
  schedules: ['day'],
  dayStartHour: 8,
  dayEndHour: 17,
  startDate: null,
  remoteMode: 'on_site',
  trainingBeforeHiring: false,
  physicalDemands: [],
  location: { location: lille },
};

function aPerson(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: 'person-1',
    version: 1,
    status: 'active',
    consent: { shareWithEmployers: true },
    desiredJobs: [{ appellationCode: '11679', romeCode: 'N1101', label: 'Cariste', sector: 'transport_logistics' }],
    acceptedContractTypes: ['cdi'],
    skills: ['conduite de chariot'],
    experiences: [],
    qualificationLevel: null,
    certifications: [],
    mobility: { maxDistanceKm: 15, transportModes: ['public_transport'], hasVehicle: false },
    availability: {
      from: null,
      workingTime: 'full_time',
      schedules: ['day'],
      earliestStartHour: null,
      latestEndHour: null,
    },
    workConstraints: [],
    createdAt: new Date('2026-06-01'),
    lastProposedAt: null,
    homeCommune: { location: roubaix },
    ...overrides,
  };
}

const context = { place, ...morning, now: new Date('2026-12-08'), jobs: referenceJobs };

describe('who can come to an event, and which of its offers they fit', () => {
  it('fits a person who meets the offer’s hard constraints, with the score and why', () => {
    const [fit] = fitsForEvent([offer], aPerson(), context);
    expect(fit).toMatchObject({ offerId: 'offer-1', score: expect.any(Number) });
    expect(fit?.met.length).toBeGreaterThan(0);
  });

  it('does not ask for consent (the adviser may invite; the employer will never see them)', () => {
    expect(fitsForEvent([offer], aPerson({ consent: null }), context)).toHaveLength(1);
  });

  it('leaves out people who cannot come: beyond their radius, outside the hours they can give, not active', () => {
    expect(canAttend(aPerson({ homeCommune: { location: lens } }), { place, ...morning })).toBe(false);
    const late = aPerson().availability;
    expect(canAttend(aPerson({ availability: { ...late, earliestStartHour: 10 } }), { place, ...morning })).toBe(false);
    expect(canAttend(aPerson({ availability: { ...late, latestEndHour: 11 } }), { place, ...morning })).toBe(false);
    expect(
      canAttend(aPerson({ availability: { ...late, earliestStartHour: 9, latestEndHour: 12 } }), { place, ...morning }),
    ).toBe(true);
    expect(fitsForEvent([offer], aPerson({ status: 'paused' }), context)).toEqual([]);
    // Online: the place is no limit.
    expect(
      canAttend(aPerson({ homeCommune: { location: lens } }), { place: { online: true, url: null }, ...morning }),
    ).toBe(true);
  });

  it('keeps the offers’ other hard constraints', () => {
    expect(fitsForEvent([{ ...offer, requiredCertifications: ['CACES_R489_3'] }], aPerson(), context)).toEqual([]);
  });
});

describe('an event’s statuses', () => {
  it('go draft → published → held → closed, or cancelled before being held', () => {
    expect(canMoveTo('draft', 'published')).toBe(true);
    expect(canMoveTo('published', 'held')).toBe(true);
    expect(canMoveTo('held', 'closed')).toBe(true);
    expect(canMoveTo('published', 'cancelled')).toBe(true);
    expect(canMoveTo('held', 'cancelled')).toBe(false);
    expect(canMoveTo('draft', 'held')).toBe(false);
    expect(canMoveTo('cancelled', 'published')).toBe(false);
  });
});
