import { checkOfferContent, distinctSkills, type OfferInput } from '../../../shared/domain/offers/offerContent';
import { ValidationError } from '../../../shared/domain/errors';

const now = new Date('2026-11-23T12:00:00Z');
const resolved = {
  job: { appellationCode: '11679', romeCode: 'N1101', label: 'Cariste', sector: 'transport_logistics' as const },
  location: {
    inseeCode: '59350',
    name: 'Lille',
    postalCode: '59000',
    departmentCode: '59',
    location: { lat: 50.63, lng: 3.05 },
    approximate: false,
  },
};

function anInput(overrides: Partial<Omit<OfferInput, 'job' | 'location'>> = {}): Omit<OfferInput, 'job' | 'location'> {
  return {
    title: ' Cariste ',
    description: '',
    requiredSkills: [],
    optionalSkills: [],
    requiredCertifications: [],
    minQualificationLevel: null,
    minExperienceMonths: 0,
    contractType: 'cdi',
    durationMonths: null,
    weeklyHours: 35,
    schedules: ['day'],
    dayStartHour: null,
    dayEndHour: null,
    startDate: null,
    remoteMode: 'on_site',
    openings: 1,
    trainingBeforeHiring: false,
    qualificationRequiredByLaw: false,
    physicalDemands: [],
    publicTransportAccess: false,
    expiresAt: null,
    ...overrides,
  };
}

function problemsOf(run: () => unknown): { field: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('offer content rules', () => {
  it('keeps a valid offer, trimmed, with the resolved job and place', () => {
    const content = checkOfferContent(anInput(), resolved, now);

    expect(content).toMatchObject({ title: 'Cariste', job: resolved.job, location: resolved.location });
  });

  it.each([
    ['an hour of start without an end', anInput({ dayStartHour: 8 }), 'dayEndHour'],
    [
      'an unknown certification',
      anInput({ requiredCertifications: ['PERMIS_B', 'CACES_R999'] }),
      'requiredCertifications.1',
    ],
    ['an end of publication already past', anInput({ expiresAt: new Date('2026-11-01') }), 'expiresAt'],
    ['a publication longer than 180 days', anInput({ expiresAt: new Date('2027-12-01') }), 'expiresAt'],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(problemsOf(() => checkOfferContent(input, resolved, now)).map((problem) => problem.field)).toEqual([field]);
  });

  it('accepts a night shift crossing midnight (22 h to 6 h)', () => {
    expect(problemsOf(() => checkOfferContent(anInput({ dayStartHour: 22, dayEndHour: 6 }), resolved, now))).toEqual(
      [],
    );
  });

  it('keeps one spelling of each skill, whatever the case and accents', () => {
    expect(distinctSkills(['Soudure MIG', ' soudure mig ', 'Soudure MIG', 'Sécurité', 'securite', ''])).toEqual([
      'Soudure MIG',
      'Sécurité',
    ]);
  });
});
