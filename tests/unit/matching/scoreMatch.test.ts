import type { CandidateProfile } from '../../../shared/domain/candidates/candidateProfile';
import { checkHardConstraints, type HardConstraintCode } from '../../../shared/domain/matching/hardConstraints';
import { toMatchCandidate, type MatchOffer } from '../../../shared/domain/matching/matchInputs';
import { matchingWeights } from '../../../shared/domain/matching/matchingWeights';
import { scoreMatch, type MatchContext } from '../../../shared/domain/matching/scoreMatch';
import { referenceJobs } from '../../support/referenceJobs';

const lille = { lat: 50.6344, lng: 3.0476 };
const roubaix = { lat: 50.6873, lng: 3.1833 };
const lens = { lat: 50.4322, lng: 2.8212 };

function anOffer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: 'offer-1',
    version: 1,
    job: { appellationCode: '11679', romeCode: 'N1101', label: 'Cariste', sector: 'transport_logistics' },
    requiredSkills: ['Conduite de chariot', 'Inventaire', 'Chargement', 'Gestion des stocks'],
    requiredCertifications: ['CACES_R489_3'],
    minQualificationLevel: null,
    minExperienceMonths: 0,
    contractType: 'cdi',
    schedules: ['day'],
    dayStartHour: 8,
    dayEndHour: 17,
    startDate: new Date('2026-12-15'),
    remoteMode: 'on_site',
    trainingBeforeHiring: false,
    physicalDemands: ['prolonged_standing'],
    location: { location: lille },
    ...overrides,
  };
}

function aProfile(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id: 'candidate-1',
    organizationId: 'org',
    referentAdviserId: 'adviser',
    externalRef: 'DOSSIER-1',
    contact: { firstName: 'Samia', lastName: 'Benali', email: 'samia@example.test', mobile: '+33612345678' },
    homeCommune: {
      inseeCode: '59512',
      name: 'Roubaix',
      postalCode: '59100',
      departmentCode: '59',
      location: roubaix,
      approximate: false,
    },
    desiredJobs: [{ appellationCode: '11679', romeCode: 'N1101', label: 'Cariste', sector: 'transport_logistics' }],
    desiredSectors: ['transport_logistics'],
    acceptedContractTypes: ['cdi', 'interim'],
    skills: ['conduite de chariot', 'Inventaire', 'Chargement'],
    experiences: [{ romeCode: 'N1101', label: 'Conduite d’engins de déplacement des charges', months: 6 }],
    qualificationLevel: 3,
    certifications: ['PERMIS_B', 'CACES_R489_3'],
    languages: [{ code: 'fr', level: 'native' }],
    mobility: { maxDistanceKm: 25, transportModes: ['car'], hasVehicle: true },
    availability: {
      from: new Date('2026-12-01'),
      workingTime: 'full_time',
      schedules: ['day', 'weekends'],
      earliestStartHour: 7,
      latestEndHour: 19,
    },
    workConstraints: [],
    status: 'active',
    consent: { shareWithEmployers: true, recordedBy: 'adviser', recordedAt: new Date('2026-11-01') },
    lastProposedAt: null,
    version: 1,
    createdAt: new Date('2026-06-01'),
    updatedAt: new Date('2026-11-01'),
    ...overrides,
  };
}

const context: MatchContext = {
  now: new Date('2026-11-23'),
  jobs: referenceJobs,
  lastProposedAt: null,
  profileCreatedAt: new Date('2026-06-01'),
};

function failingCodes(offer: MatchOffer, profile: CandidateProfile): HardConstraintCode[] {
  return checkHardConstraints(offer, toMatchCandidate(profile), referenceJobs).map((failure) => failure.code);
}

describe('hard constraints', () => {
  it('lets through a person who meets every one', () => {
    expect(failingCodes(anOffer(), aProfile())).toEqual([]);
  });

  it.each<[string, Partial<MatchOffer>, Partial<CandidateProfile>, HardConstraintCode]>([
    ['a paused profile', {}, { status: 'paused' }, 'not_active'],
    ['a placed profile', {}, { status: 'placed' }, 'not_active'],
    ['no consent recorded', {}, { consent: null }, 'no_consent'],
    [
      'consent withdrawn',
      {},
      { consent: { shareWithEmployers: false, recordedBy: 'a', recordedAt: new Date() } },
      'no_consent',
    ],
    [
      'a job outside every grand domaine the person seeks',
      {},
      {
        desiredJobs: [
          { appellationCode: null, romeCode: 'K1302', label: 'Auxiliaire de vie', sector: 'home_services' },
        ],
      },
      'job_not_sought',
    ],
    ['a workplace beyond the declared radius', { location: { location: lens } }, {}, 'too_far'],
    ['a missing required certification', { requiredCertifications: ['PERMIS_C'] }, {}, 'missing_certification'],
    [
      'night work not accepted',
      { schedules: ['night'], dayStartHour: null, dayEndHour: null },
      {},
      'incompatible_schedule',
    ],
    ['a start before the earliest hour', { dayStartHour: 5, dayEndHour: 13 }, {}, 'incompatible_hours'],
    ['an end after the latest hour', { dayStartHour: 12, dayEndHour: 21 }, {}, 'incompatible_hours'],
    [
      'a shift crossing midnight for someone with hour limits',
      { dayStartHour: 22, dayEndHour: 6 },
      {},
      'incompatible_hours',
    ],
    [
      'a full-time job for a person who can work part time only',
      { weeklyHours: 35 },
      { availability: { ...aProfile().availability, workingTime: 'part_time' } },
      'part_time_only',
    ],
    ['availability after the start date', { startDate: new Date('2026-11-25') }, {}, 'not_available_in_time'],
    ['a contract type not accepted', { contractType: 'cdd' }, {}, 'contract_not_accepted'],
    [
      'a qualification level too low for a job where the law requires the diploma',
      { minQualificationLevel: 4, qualificationRequiredByLaw: true },
      {},
      'qualification_too_low',
    ],
    [
      'a physical demand the person cannot take on',
      {},
      { workConstraints: ['prolonged_standing'] },
      'incompatible_work_constraint',
    ],
  ])('excludes %s, and only for that reason', (_case, offer, profile, code) => {
    expect(failingCodes(anOffer(offer), aProfile(profile))).toEqual([code]);
  });

  it.each<[string, Partial<MatchOffer>, Partial<CandidateProfile>]>([
    [
      'a part-time job of 30 hours for a person who can work part time only',
      { weeklyHours: 30 },
      { availability: { ...aProfile().availability, workingTime: 'part_time' } },
    ],
    [
      'an offer indexed before its hours travelled with it, for a part-time person',
      { weeklyHours: undefined },
      { availability: { ...aProfile().availability, workingTime: 'part_time' } },
    ],
    ['a full-time job for a person who can work either way', { weeklyHours: 39 }, {}],
    ['a remote offer far away', { location: { location: lens }, remoteMode: 'full_remote' }, {}],
    ['a qualification level too low where the law does not require it (scored)', { minQualificationLevel: 4 }, {}],
    [
      'a desired job of another ROME letter that advisers treat as a neighbour (cook for a food line)',
      {
        job: { appellationCode: null, romeCode: 'H2102', label: 'Conducteur de ligne alimentaire', sector: 'industry' },
      },
      {
        desiredJobs: [
          { appellationCode: '13861', romeCode: 'G1602', label: 'Cuisinier / Cuisinière', sector: 'other' },
        ],
      },
    ],
    [
      'a qualification level too low when the offer trains before hiring',
      { minQualificationLevel: 5, trainingBeforeHiring: true },
      {},
    ],
    [
      'a night shift for someone without hour limits',
      { schedules: ['night'], dayStartHour: 22, dayEndHour: 6 },
      {
        availability: {
          from: null,
          workingTime: 'either',
          schedules: ['night'],
          earliestStartHour: null,
          latestEndHour: null,
        },
      },
    ],
    [
      'an offer without a start date',
      { startDate: null },
      {
        availability: {
          from: new Date('2027-06-01'),
          workingTime: 'either',
          schedules: ['day'],
          earliestStartHour: null,
          latestEndHour: null,
        },
      },
    ],
  ])('does not exclude %s', (_case, offer, profile) => {
    expect(failingCodes(anOffer(offer), aProfile(profile))).toEqual([]);
  });
});

describe('scoring', () => {
  it('uses weights that add up to 100', () => {
    expect(Object.values(matchingWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  it('explains every share of the score, and the score is their sum', () => {
    const outcome = scoreMatch(anOffer(), toMatchCandidate(aProfile()), context);

    if (!outcome.eligible) throw new Error('expected an eligible match');
    expect(outcome.breakdown.map((part) => part.criterion).sort()).toEqual(Object.keys(matchingWeights).sort());
    const sum = outcome.breakdown.reduce((total, part) => total + part.weight * part.value, 0);
    expect(outcome.score).toBe(Math.round(sum));
    expect(outcome.breakdown.find((part) => part.criterion === 'skills')).toMatchObject({
      value: 0.75,
      explanation: '3 des 4 compétences demandées',
    });
    expect(outcome.explanation.met).toEqual(
      expect.arrayContaining([
        'métier recherché : Cariste',
        '3 des 4 compétences demandées',
        'CACES R489 cat. 3 détenu',
      ]),
    );
    expect(outcome.explanation.met.find((line) => /km, dans le rayon de 25 km déclaré/.test(line))).toBeDefined();
    expect(outcome.explanation.missing).toEqual(['compétence à acquérir : Gestion des stocks']);
  });

  it('ranks the same appellation above the same ROME code, above the same domaine, above the same grand domaine (another grand domaine is not suggested: -1)', () => {
    const scoreFor = (job: CandidateProfile['desiredJobs'][number]) => {
      const outcome = scoreMatch(anOffer(), toMatchCandidate(aProfile({ desiredJobs: [job] })), context);
      return outcome.eligible ? outcome.score : -1;
    };
    const appellation = scoreFor({
      appellationCode: '11679',
      romeCode: 'N1101',
      label: 'Cariste',
      sector: 'transport_logistics',
    });
    const rome = scoreFor({
      appellationCode: '99999',
      romeCode: 'N1101',
      label: 'Conducteur de chariot',
      sector: 'transport_logistics',
    });
    const domaine = scoreFor({
      appellationCode: null,
      romeCode: 'N1103',
      label: 'Préparation de commandes',
      sector: 'transport_logistics',
    });
    const grandDomaine = scoreFor({
      appellationCode: null,
      romeCode: 'N4101',
      label: 'Conduite PL',
      sector: 'transport_logistics',
    });
    const elsewhere = scoreFor({
      appellationCode: null,
      romeCode: 'K1302',
      label: 'Auxiliaire de vie',
      sector: 'home_services',
    });

    expect([appellation, rome, domaine, grandDomaine, elsewhere]).toEqual(
      [...[appellation, rome, domaine, grandDomaine, elsewhere]].sort((a, b) => b - a),
    );
    expect(new Set([appellation, rome, domaine, grandDomaine, elsewhere]).size).toBe(5);
  });

  it('scores a qualification below the level asked for part, with its missing line, and takes a year in the job for a diploma', () => {
    const assessed = (profile: Partial<CandidateProfile>) => {
      const outcome = scoreMatch(anOffer({ minQualificationLevel: 4 }), toMatchCandidate(aProfile(profile)), context);
      if (!outcome.eligible) throw new Error('expected an eligible match');
      return { part: outcome.breakdown.find((item) => item.criterion === 'qualification'), outcome };
    };
    const bac = assessed({ qualificationLevel: 4 });
    const oneBelow = assessed({ qualificationLevel: 3 });
    const none = assessed({ qualificationLevel: null });
    const noneButExperienced = assessed({
      qualificationLevel: null,
      experiences: [{ romeCode: 'N1101', label: 'Cariste', months: 24 }],
    });

    expect(bac.part?.value).toBe(1);
    expect(oneBelow.part?.value).toBeGreaterThan(none.part?.value ?? 1);
    expect(noneButExperienced.part?.value).toBe(oneBelow.part?.value);
    expect(oneBelow.outcome.explanation.missing).toContain('niveau 4 (bac) demandé, niveau inférieur');
    expect(noneButExperienced.part?.explanation).toBe(
      'niveau 4 (bac) demandé, remplacé en partie par 24 mois d’expérience dans ce métier',
    );
    expect(bac.outcome.score).toBeGreaterThan(oneBelow.outcome.score);
  });

  it('matches skills written in other words, and shows the pairs it matched', () => {
    const outcome = scoreMatch(
      anOffer({ requiredSkills: ['Conduire un chariot élévateur', 'Préparer des commandes au scanner'] }),
      toMatchCandidate(aProfile({ skills: ['Conduite de chariot', 'Picking au scanner'] })),
      context,
    );
    if (!outcome.eligible) throw new Error('expected an eligible match');
    expect(outcome.breakdown.find((part) => part.criterion === 'skills')?.explanation).toBe(
      '2 des 2 compétences demandées',
    );
    expect(outcome.explanation.met).toEqual(
      expect.arrayContaining([
        '« Conduite de chariot » ≈ « Conduire un chariot élévateur »',
        '« Picking au scanner » ≈ « Préparer des commandes au scanner »',
      ]),
    );
    expect(outcome.explanation.missing.filter((line) => line.startsWith('compétence'))).toEqual([]);
  });

  it('counts experience in a neighbouring job for part of its worth', () => {
    const experienceOf = (romeCode: string) => {
      const outcome = scoreMatch(
        anOffer(),
        toMatchCandidate(aProfile({ experiences: [{ romeCode, label: 'x', months: 12 }] })),
        context,
      );
      if (!outcome.eligible) throw new Error('expected an eligible match');
      return outcome.breakdown.find((part) => part.criterion === 'experience')?.value ?? -1;
    };
    expect(experienceOf('N1101')).toBe(1);
    expect(experienceOf('N1103')).toBeGreaterThan(0);
    expect(experienceOf('N1103')).toBeLessThan(1);
    expect(experienceOf('K1302')).toBe(0);
  });

  it('gives more to someone who has waited longer since their last proposal', () => {
    const recently = scoreMatch(anOffer(), toMatchCandidate(aProfile()), {
      ...context,
      lastProposedAt: new Date('2026-11-20'),
    });
    const long = scoreMatch(anOffer(), toMatchCandidate(aProfile()), {
      ...context,
      lastProposedAt: new Date('2026-03-01'),
    });

    expect(recently.eligible && long.eligible && long.score > recently.score).toBe(true);
  });
});

describe('protected criteria are never inputs (counterfactual)', () => {
  it('changing name, contact, reference, commune identity, languages and every stored non-matching field changes no score and no order', () => {
    const profiles = [
      aProfile({ id: 'a' }),
      aProfile({ id: 'b', skills: ['Inventaire'], experiences: [] }),
      aProfile({
        id: 'c',
        desiredJobs: [
          { appellationCode: null, romeCode: 'N1103', label: 'Préparation', sector: 'transport_logistics' },
        ],
      }),
    ];
    const altered = profiles.map((profile, index) =>
      aProfile({
        ...profile,
        organizationId: `other-org-${index}`,
        referentAdviserId: `other-adviser-${index}`,
        externalRef: `AUTRE-${index}`,
        contact: {
          firstName: ['Mohamed', 'Marie', 'Kevin'][index] ?? 'X',
          lastName: ['Diallo', 'Dupont', 'Nguyen'][index] ?? 'Y',
          email: null,
          mobile: null,
        },
        homeCommune: {
          ...profile.homeCommune,
          inseeCode: '59999',
          name: 'Ailleurs',
          postalCode: '59999',
          departmentCode: '62',
        },
        languages: [{ code: 'ar', level: 'native' }],
        desiredSectors: ['other'],
        createdAt: profile.createdAt,
        updatedAt: new Date('2020-01-01'),
      }),
    );
    const rank = (list: CandidateProfile[]) =>
      list.map((profile) => {
        const outcome = scoreMatch(anOffer(), toMatchCandidate(profile), context);
        return {
          id: profile.id,
          score: outcome.eligible ? outcome.score : null,
          breakdown: outcome.eligible ? outcome.breakdown : null,
        };
      });

    expect(rank(altered)).toEqual(rank(profiles));
  });
});
