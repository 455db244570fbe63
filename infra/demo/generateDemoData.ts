import { fakerFR as faker } from '@faker-js/faker';
import { offerDescription } from './offerDescription';
import { loadRomeCatalog } from '../../shared/adapters/reference/loadRomeCatalog';
import { toMobileNumber } from '../../shared/domain/candidates/mobileNumber';
import { demoJobs, type DemoJob } from './demoJobs';

/** Demo territories: Nord, Pas-de-Calais and Val-de-Marne. */
export const demoDepartments = ['59', '62', '94'] as const;

interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  population?: number;
}

interface DemoCommune {
  inseeCode: string;
  population: number;
}

/** Communes of the demo départements with 2,000 inhabitants or more, by département. */
export function demoCommunes(): Map<string, DemoCommune[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the packaged official list of communes
  const cog = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
  const byDepartment = new Map<string, DemoCommune[]>();
  for (const row of cog) {
    if (row.type !== 'commune-actuelle' || (row.population ?? 0) < 2_000) continue;
    if (!(demoDepartments as readonly string[]).includes(row.departement)) continue;
    const list = byDepartment.get(row.departement) ?? [];
    list.push({ inseeCode: row.code, population: row.population ?? 0 });
    byDepartment.set(row.departement, list);
  }
  return byDepartment;
}

function pickCommune(communes: DemoCommune[]): string {
  // Weighted by population: more offers and people in Lille, Roubaix or Créteil than in small towns.
  return faker.helpers.weightedArrayElement(
    communes.map((commune) => ({ value: commune.inseeCode, weight: commune.population })),
  );
}

function jobsOf(sectors: string[]): DemoJob[] {
  return demoJobs.filter((job) => sectors.includes(job.sector));
}

export interface DemoOptions {
  seed: number;
  departments: string[];
  sectors: string[];
  /** Prefix of external references, which make re-imports update rather than duplicate. */
  refPrefix: string;
}

/** Offers in the API's (and the import's) shape, deterministic for a given seed. */
export function generateOffers(count: number, options: DemoOptions): Record<string, unknown>[] {
  faker.seed(options.seed);
  const communes = demoCommunes();
  const places = options.departments.flatMap((department) => communes.get(department) ?? []);
  const jobs = jobsOf(options.sectors);
  return Array.from({ length: count }, (_, index) => {
    const job = faker.helpers.arrayElement(jobs);
    const contractType = faker.helpers.weightedArrayElement([
      { value: 'cdi', weight: 4 },
      { value: 'cdd', weight: 3 },
      { value: 'interim', weight: 3 },
      { value: 'cddi', weight: 1 },
      { value: 'apprenticeship', weight: 1 },
      { value: 'pmsmp', weight: 1 },
    ]);
    const schedules = faker.helpers.arrayElement(job.schedules);
    const startsEarly = schedules.includes('shifts') || schedules.includes('night');
    return {
      externalRef: `${options.refPrefix}-${String(index + 1).padStart(5, '0')}`,
      title: job.title,
      job: { appellationCode: job.appellationCode },
      description: offerDescription(job),
      requiredSkills: faker.helpers.arrayElements(job.skills, { min: 1, max: 3 }),
      optionalSkills: faker.helpers.arrayElements(job.skills, { min: 0, max: 1 }),
      requiredCertifications: faker.helpers.arrayElement(job.certifications),
      minQualificationLevel: faker.helpers.arrayElement([null, null, 3, 4]),
      minExperienceMonths: faker.helpers.arrayElement([0, 0, 6, 12, 24]),
      contractType,
      durationMonths: ['cdd', 'interim', 'cddi', 'pmsmp'].includes(contractType)
        ? faker.number.int({ min: 1, max: 12 })
        : null,
      weeklyHours: faker.helpers.arrayElement([35, 35, 35, 39, 24, 28]),
      schedules,
      dayStartHour: startsEarly ? null : faker.helpers.arrayElement([7, 8, 9]),
      dayEndHour: startsEarly ? null : faker.helpers.arrayElement([16, 17, 18]),
      startDate: faker.date.soon({ days: 60, refDate: '2026-12-01' }).toISOString().slice(0, 10),
      location: { commune: { inseeCode: pickCommune(places) } },
      remoteMode: job.sector === 'digital' ? faker.helpers.arrayElement(['on_site', 'hybrid']) : 'on_site',
      openings: faker.helpers.weightedArrayElement([
        { value: 1, weight: 6 },
        { value: 2, weight: 2 },
        { value: 5, weight: 1 },
      ]),
      trainingBeforeHiring: faker.datatype.boolean({ probability: 0.2 }),
      physicalDemands: job.physicalDemands,
      publicTransportAccess: faker.datatype.boolean({ probability: 0.6 }),
      publish: faker.datatype.boolean({ probability: 0.85 }),
    };
  });
}

/** Profiles in the API's (and the import's) shape: invented people, deterministic for a given seed. */
export function generateCandidates(count: number, options: DemoOptions): Record<string, unknown>[] {
  faker.seed(options.seed);
  const communes = demoCommunes();
  const places = options.departments.flatMap((department) => communes.get(department) ?? []);
  const jobs = jobsOf(options.sectors);
  return Array.from({ length: count }, (_, index) => {
    const main = faker.helpers.arrayElement(jobs);
    const desired = [main, ...faker.helpers.arrayElements(jobs, { min: 0, max: 1 }).filter((job) => job !== main)];
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const hasCar = faker.datatype.boolean({ probability: 0.5 });
    return {
      externalRef: `${options.refPrefix}-${String(index + 1).padStart(6, '0')}`,
      contact: {
        firstName,
        lastName,
        email: faker.datatype.boolean({ probability: 0.8 })
          ? faker.internet.email({ firstName, lastName, provider: 'example.org' }).toLowerCase()
          : null,
        mobile: faker.datatype.boolean({ probability: 0.9 }) ? aMobileNumber() : null,
      },
      homeCommune: { inseeCode: pickCommune(places) },
      desiredJobs: desired.map((job) => ({ appellationCode: job.appellationCode })),
      acceptedContractTypes: faker.helpers.arrayElements(['cdi', 'cdd', 'interim', 'cddi', 'pmsmp'], {
        min: 2,
        max: 5,
      }),
      skills: faker.helpers.arrayElements(main.skills, { min: 1, max: main.skills.length }),
      experiences: faker.datatype.boolean({ probability: 0.7 })
        ? [{ romeCode: romeOf(main), months: faker.number.int({ min: 2, max: 60 }) }]
        : [],
      qualificationLevel: faker.helpers.arrayElement([null, null, 3, 3, 4, 5]),
      certifications: [
        ...(hasCar ? ['PERMIS_B'] : []),
        ...faker.helpers.arrayElement(main.certifications).filter((code) => code !== 'PERMIS_B'),
      ],
      languages: [{ code: 'fr', level: faker.helpers.arrayElement(['native', 'native', 'B2', 'B1']) }],
      mobility: {
        maxDistanceKm: faker.helpers.arrayElement(hasCar ? [15, 25, 30, 40] : [5, 10, 15]),
        transportModes: hasCar ? ['car'] : faker.helpers.arrayElements(['public_transport', 'bicycle', 'walking']),
        hasVehicle: hasCar,
      },
      availability: {
        from: faker.date.soon({ days: 45, refDate: '2026-11-23' }).toISOString().slice(0, 10),
        workingTime: faker.helpers.arrayElement(['full_time', 'either', 'part_time']),
        schedules: faker.helpers.arrayElement([['day'], ['day', 'weekends'], ['day', 'shifts'], ['day', 'night']]),
        earliestStartHour: faker.helpers.arrayElement([null, 6, 7, 8]),
        latestEndHour: faker.helpers.arrayElement([null, 18, 19, 20]),
      },
      workConstraints: faker.datatype.boolean({ probability: 0.1 }) ? ['heavy_lifting'] : [],
      status: faker.helpers.weightedArrayElement([
        { value: 'active', weight: 8 },
        { value: 'paused', weight: 1 },
        { value: 'placed', weight: 1 },
      ]),
      shareWithEmployers: faker.datatype.boolean({ probability: 0.85 }),
    };
  });
}

/**
 * A number the mobile plan accepts (ARCEP's range for fiction is not, in libphonenumber's
 * metadata). Demo messages only ever reach the local SMS server of the start command.
 */
function aMobileNumber(): string {
  for (;;) {
    const number = `06${faker.string.numeric(8)}`;
    if ('e164' in toMobileNumber(number)) return number;
  }
}

/** The ROME code of a demo appellation, from the repertory files (read once). */
let romeByAppellation: Map<string, string> | undefined;
function romeOf(job: DemoJob): string {
  romeByAppellation ??= new Map(
    [...loadRomeCatalog().appellations.values()].map((appellation) => [appellation.code, appellation.romeCode]),
  );
  const romeCode = romeByAppellation.get(job.appellationCode);
  if (!romeCode) throw new Error(`demo job ${job.title}: appellation ${job.appellationCode} is not in ROME`);
  return romeCode;
}
