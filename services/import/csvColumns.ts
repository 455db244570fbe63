/**
 * CSV files are flat: lists are separated by "|", nested fields have columns of their own, and
 * empty cells mean "not given" (the defaults of the API apply). A value that does not convert
 * is passed on as text, so that validation names the column and the reason.
 */
type Cells = Record<string, string>;

const list = (value: string | undefined) =>
  value
    ? value
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part !== '')
    : undefined;

function number(value: string | undefined): number | string | null | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : value;
}

function nullableNumber(value: string | undefined): number | string | null | undefined {
  return value === undefined || value === '' ? undefined : value.toLowerCase() === 'aucun' ? null : number(value);
}

function boolean(value: string | undefined): boolean | string | undefined {
  if (value === undefined || value === '') return undefined;
  const normalized = value.toLowerCase();
  if (['oui', 'yes', 'true', '1', 'o'].includes(normalized)) return true;
  if (['non', 'no', 'false', '0', 'n'].includes(normalized)) return false;
  return value;
}

function text(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Drops the keys whose value is undefined, so that defaults apply. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function commune(cells: Cells) {
  return compact({
    inseeCode: text(cells.inseeCode),
    postalCode: text(cells.postalCode),
    name: text(cells.communeName),
  });
}

export const offerColumns = [
  'externalRef',
  'title',
  'appellationCode',
  'romeCode',
  'description',
  'requiredSkills',
  'optionalSkills',
  'requiredCertifications',
  'minQualificationLevel',
  'minExperienceMonths',
  'contractType',
  'durationMonths',
  'weeklyHours',
  'schedules',
  'dayStartHour',
  'dayEndHour',
  'startDate',
  'inseeCode',
  'postalCode',
  'communeName',
  'remoteMode',
  'openings',
  'trainingBeforeHiring',
  'qualificationRequiredByLaw',
  'physicalDemands',
  'publicTransportAccess',
  'expiresAt',
  'publish',
];

export function offerFromCells(cells: Cells): Record<string, unknown> {
  return compact({
    externalRef: text(cells.externalRef),
    title: text(cells.title),
    job: compact({ appellationCode: text(cells.appellationCode), romeCode: text(cells.romeCode) }),
    description: text(cells.description),
    requiredSkills: list(cells.requiredSkills),
    optionalSkills: list(cells.optionalSkills),
    requiredCertifications: list(cells.requiredCertifications),
    minQualificationLevel: nullableNumber(cells.minQualificationLevel),
    minExperienceMonths: number(cells.minExperienceMonths),
    contractType: text(cells.contractType),
    durationMonths: nullableNumber(cells.durationMonths),
    weeklyHours: number(cells.weeklyHours),
    schedules: list(cells.schedules),
    dayStartHour: nullableNumber(cells.dayStartHour),
    dayEndHour: nullableNumber(cells.dayEndHour),
    startDate: text(cells.startDate),
    location: { commune: commune(cells) },
    remoteMode: text(cells.remoteMode),
    openings: number(cells.openings),
    trainingBeforeHiring: boolean(cells.trainingBeforeHiring),
    qualificationRequiredByLaw: boolean(cells.qualificationRequiredByLaw),
    physicalDemands: list(cells.physicalDemands),
    publicTransportAccess: boolean(cells.publicTransportAccess),
    expiresAt: text(cells.expiresAt),
    publish: boolean(cells.publish),
  });
}

export const candidateColumns = [
  'externalRef',
  'firstName',
  'lastName',
  'email',
  'mobile',
  'inseeCode',
  'postalCode',
  'communeName',
  'desiredAppellationCodes',
  'desiredRomeCodes',
  'desiredSectors',
  'acceptedContractTypes',
  'skills',
  'experiences',
  'qualificationLevel',
  'certifications',
  'languages',
  'maxDistanceKm',
  'transportModes',
  'hasVehicle',
  'availableFrom',
  'workingTime',
  'schedules',
  'earliestStartHour',
  'latestEndHour',
  'workConstraints',
  'status',
  'shareWithEmployers',
];

/** `experiences`: "N4101:18|H2909:6" (ROME code and months); `languages`: "fr:native|en:B1". */
export function candidateFromCells(cells: Cells): Record<string, unknown> {
  const pairs = (value: string | undefined) => list(value)?.map((item) => item.split(':').map((part) => part.trim()));
  return compact({
    externalRef: text(cells.externalRef),
    contact: compact({
      firstName: text(cells.firstName),
      lastName: text(cells.lastName),
      email: text(cells.email),
      mobile: text(cells.mobile),
    }),
    homeCommune: commune(cells),
    desiredJobs: [
      ...(list(cells.desiredAppellationCodes) ?? []).map((appellationCode) => ({ appellationCode })),
      ...(list(cells.desiredRomeCodes) ?? []).map((romeCode) => ({ romeCode })),
    ],
    desiredSectors: list(cells.desiredSectors),
    acceptedContractTypes: list(cells.acceptedContractTypes),
    skills: list(cells.skills),
    experiences: pairs(cells.experiences)?.map(([romeCode, months]) => ({ romeCode, months: number(months) })),
    qualificationLevel: nullableNumber(cells.qualificationLevel),
    certifications: list(cells.certifications),
    languages: pairs(cells.languages)?.map(([code, level]) => ({ code, level })),
    mobility: compact({
      maxDistanceKm: number(cells.maxDistanceKm),
      transportModes: list(cells.transportModes),
      hasVehicle: boolean(cells.hasVehicle),
    }),
    availability: compact({
      from: text(cells.availableFrom),
      workingTime: text(cells.workingTime),
      schedules: list(cells.schedules),
      earliestStartHour: nullableNumber(cells.earliestStartHour),
      latestEndHour: nullableNumber(cells.latestEndHour),
    }),
    workConstraints: list(cells.workConstraints),
    status: text(cells.status),
    shareWithEmployers: boolean(cells.shareWithEmployers),
  });
}
