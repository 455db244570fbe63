/**
 * Short builders for the set's data files, so that each offer and each person reads in a few
 * lines; they produce the bodies the API accepts (services/api/schemas).
 */
import type {
  CandidateBody,
  EvalGrade,
  EvalOffer,
  EvalProfile,
  EvalSector,
  Grade,
  HardRule,
  OfferBody,
} from './evalSet';

type Job = { romeCode: string } | { appellationCode: string };

/** "N4101" is a ROME code, "13132" an OGR appellation code. */
export function job(code: string): Job {
  return /^\d+$/.test(code) ? { appellationCode: code } : { romeCode: code };
}

export function offer(
  key: string,
  sector: EvalSector,
  fields: Omit<OfferBody, 'job' | 'location'> & { job: string; commune: string },
): EvalOffer {
  const { job: code, commune, ...rest } = fields;
  return { key, sector, body: { ...rest, job: job(code), location: { commune: { inseeCode: commune } } } };
}

type Contract = NonNullable<CandidateBody['acceptedContractTypes']>[number];
type Schedule = NonNullable<CandidateBody['availability']>['schedules'];

/** What an adviser records of a person; everything but the jobs has a usual default. */
export interface PersonFacts {
  skills?: string[];
  /** [ROME code, months] */
  exp?: [string, number][];
  level?: 3 | 4 | 5 | 6 | 7 | 8 | null;
  certs?: string[];
  km?: number;
  car?: boolean;
  contracts?: Contract[];
  time?: 'full_time' | 'part_time' | 'either';
  schedules?: Schedule;
  consent?: boolean;
}

const usualContracts: Contract[] = ['cdi', 'cdd', 'interim', 'cddi'];

export function person(
  name: string,
  commune: string,
  jobs: string[],
  facts: PersonFacts,
  grades: EvalGrade[],
): EvalProfile {
  const [firstName = name, ...rest] = name.split(' ');
  const body: CandidateBody = {
    contact: { firstName, lastName: rest.join(' ') || 'X' },
    homeCommune: { inseeCode: commune },
    desiredJobs: jobs.map(job),
    acceptedContractTypes: facts.contracts ?? usualContracts,
    skills: facts.skills ?? [],
    experiences: (facts.exp ?? []).map(([romeCode, months]) => ({ romeCode, months })),
    qualificationLevel: facts.level ?? null,
    certifications: facts.certs ?? [],
    mobility: {
      maxDistanceKm: facts.km ?? 25,
      hasVehicle: facts.car ?? false,
      transportModes: facts.car ? ['car'] : ['public_transport'],
    },
    availability: {
      from: null,
      workingTime: facts.time ?? 'either',
      schedules: facts.schedules ?? ['day'],
      earliestStartHour: null,
      latestEndHour: null,
    },
    shareWithEmployers: facts.consent ?? true,
  };
  return { key: '', body, grades };
}

export const grade = (offerKey: string, value: Grade, reason: string): EvalGrade => ({
  offer: offerKey,
  grade: value,
  reason,
});

/** A grade of the second round (pooling, see EvalGrade.pooled). */
export const pooled = (offerKey: string, value: Grade, reason: string): EvalGrade => ({
  ...grade(offerKey, value, reason),
  pooled: true,
});

/** A pair an adviser would never propose because it breaks a rule, whatever else fits. */
export const trap = (offerKey: string, rule: HardRule, reason: string): EvalGrade => ({
  offer: offerKey,
  grade: 0,
  reason,
  trap: rule,
});

/** Gives each person of a file a stable key: the file's prefix and the position. */
export function keyed(prefix: string, people: EvalProfile[]): EvalProfile[] {
  return people.map((entry, index) => ({ ...entry, key: `${prefix}-${String(index + 1).padStart(3, '0')}` }));
}
