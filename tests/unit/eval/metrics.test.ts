import { brokenRules, type RuleOffer, type RulePerson } from '../../../infra/eval/brokenRules';
import { listedShare, mean, ndcgAt, precisionAt } from '../../../infra/eval/metrics';

describe('nDCG@k (gains 2^g − 1)', () => {
  it('is 1 when the list is in the ideal order', () => {
    expect(ndcgAt([3, 2, 1, 0], [1, 3, 0, 2], 10)).toBe(1);
  });

  it('matches a hand-computed value when the best person comes second', () => {
    // DCG = 3/log2(2) + 7/log2(3) = 3 + 4.4165; ideal = 7 + 3/log2(3) = 8.8928
    expect(ndcgAt([2, 3], [3, 2], 10)).toBeCloseTo(7.4165 / 8.8928, 4);
  });

  it('counts a relevant person missing from the list against the ideal built from every grade', () => {
    // ideal [3, 1] = 7 + 1/log2(3) = 7.6309; the list shows only the grade 1 person first
    expect(ndcgAt([1, 0], [3, 1], 10)).toBeCloseTo(1 / 7.6309, 4);
  });

  it('looks at the first k places only', () => {
    expect(ndcgAt([0, 3], [3], 1)).toBe(0);
  });

  it('is null for an offer with no relevant person', () => {
    expect(ndcgAt([0, 0], [0, 0], 10)).toBeNull();
  });
});

describe('precision@k (relevant = grade ≥ 1)', () => {
  it('is the share of the first k places held by relevant people', () => {
    expect(precisionAt([3, 0, 1, 0, 2, 3], 5)).toBeCloseTo(3 / 5);
  });

  it('counts empty places as misses', () => {
    expect(precisionAt([2, 1], 5)).toBeCloseTo(2 / 5);
  });
});

describe('share of relevant people listed', () => {
  it('is the share of relevant ids found in the list', () => {
    expect(listedShare(new Set(['a', 'c', 'x']), ['a', 'b', 'c', 'd'])).toBe(0.5);
  });

  it('is null without relevant people, and the mean skips nulls', () => {
    expect(listedShare(new Set(['a']), [])).toBeNull();
    expect(mean([1, null, 0.5])).toBe(0.75);
  });
});

describe('the rules recomputed from raw data', () => {
  const lille = { lat: 50.63, lng: 3.06 };
  const roubaix = { lat: 50.69, lng: 3.18 };
  const offer: RuleOffer = {
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
    requiredCertifications: ['PERMIS_C'],
    remoteMode: 'on_site',
    centre: lille,
  };
  const person: RulePerson = {
    consent: true,
    acceptedContractTypes: ['cdi'],
    workingTime: 'either',
    schedules: ['day'],
    certifications: ['PERMIS_C'],
    maxDistanceKm: 15,
    centre: roubaix,
  };

  it('finds nothing broken when every rule holds', () => {
    expect(brokenRules(offer, person)).toEqual([]);
  });

  it('names each rule a person breaks', () => {
    const broken = brokenRules(offer, {
      ...person,
      consent: false,
      maxDistanceKm: 5,
      certifications: [],
      workingTime: 'part_time',
      acceptedContractTypes: ['interim'],
      schedules: ['night'],
    });

    expect(broken.sort()).toEqual(
      [
        'contract_not_accepted',
        'incompatible_schedule',
        'missing_certification',
        'no_consent',
        'part_time_only',
        'too_far',
      ].sort(),
    );
  });

  it('lets a part-time person take a job of 30 hours or less', () => {
    expect(brokenRules({ ...offer, weeklyHours: 30 }, { ...person, workingTime: 'part_time' })).toEqual([]);
  });
});
