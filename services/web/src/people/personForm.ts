import { hourToTime, timeToHour } from '../ui/format';
import type { Candidate } from './labels';
import type { CandidateChanges, NewCandidate } from './queries';

type Body = NewCandidate;

/** A job chosen in the ROME autocomplete: an appellation (with its ROME sheet) or a ROME sheet alone. */
export interface ChosenJob {
  appellationCode: string | null;
  romeCode: string;
  label: string;
  romeLabel?: string;
}

export interface ChosenCommune {
  inseeCode: string;
  name: string;
  postalCode: string | null;
}

export interface ExperienceValues {
  job: ChosenJob | null;
  jobText: string;
  months: string;
}

/** The person as the form holds them: text for what an adviser types, the choices made in the lists. */
export interface PersonFormValues {
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  commune: ChosenCommune | null;
  communeText: string;
  desiredJobs: ChosenJob[];
  desiredSectors: Body['desiredSectors'];
  acceptedContractTypes: Body['acceptedContractTypes'];
  skills: string;
  experiences: ExperienceValues[];
  qualificationLevel: string;
  certifications: Body['certifications'];
  languages: Body['languages'];
  maxDistanceKm: string;
  transportModes: Body['mobility']['transportModes'];
  hasVehicle: boolean;
  availableFrom: string;
  workingTime: Body['availability']['workingTime'];
  schedules: Body['availability']['schedules'];
  earliestStartTime: string;
  latestEndTime: string;
  workConstraints: Body['workConstraints'];
  status: Body['status'];
  consent: boolean;
}

export const emptyPerson: PersonFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  mobile: '',
  commune: null,
  communeText: '',
  desiredJobs: [],
  desiredSectors: [],
  acceptedContractTypes: ['cdi', 'cdd', 'interim', 'cddi'],
  skills: '',
  experiences: [],
  qualificationLevel: '',
  certifications: [],
  languages: [{ code: 'fr', level: 'native' }],
  maxDistanceKm: '20',
  transportModes: [],
  hasVehicle: false,
  availableFrom: '',
  workingTime: 'either',
  schedules: ['day'],
  earliestStartTime: '',
  latestEndTime: '',
  workConstraints: [],
  status: 'active',
  consent: false,
};

export function communeText(commune: { name: string; postalCode: string | null }): string {
  return commune.postalCode ? `${commune.name} (${commune.postalCode})` : commune.name;
}

export function fromCandidate(candidate: Candidate): PersonFormValues {
  const commune = {
    inseeCode: candidate.homeCommune.inseeCode,
    name: candidate.homeCommune.name,
    postalCode: candidate.homeCommune.postalCode,
  };
  return {
    firstName: candidate.contact.firstName,
    lastName: candidate.contact.lastName,
    email: candidate.contact.email ?? '',
    mobile: candidate.contact.mobile ?? '',
    commune,
    communeText: communeText(commune),
    desiredJobs: candidate.desiredJobs.map((job) => ({
      appellationCode: job.appellationCode,
      romeCode: job.romeCode,
      label: job.label,
    })),
    desiredSectors: candidate.desiredSectors,
    acceptedContractTypes: candidate.acceptedContractTypes,
    skills: candidate.skills.join('\n'),
    experiences: candidate.experiences.map((experience) => ({
      job: { appellationCode: null, romeCode: experience.romeCode, label: experience.label },
      jobText: experience.label,
      months: String(experience.months),
    })),
    qualificationLevel: candidate.qualificationLevel === null ? '' : String(candidate.qualificationLevel),
    certifications: candidate.certifications as Body['certifications'],
    languages: candidate.languages,
    maxDistanceKm: String(candidate.mobility.maxDistanceKm),
    transportModes: candidate.mobility.transportModes,
    hasVehicle: candidate.mobility.hasVehicle,
    availableFrom: candidate.availability.from ? candidate.availability.from.slice(0, 10) : '',
    workingTime: candidate.availability.workingTime,
    schedules: candidate.availability.schedules,
    earliestStartTime: hourToTime(candidate.availability.earliestStartHour),
    latestEndTime: hourToTime(candidate.availability.latestEndHour),
    workConstraints: candidate.workConstraints,
    status: candidate.status,
    consent: candidate.consent?.shareWithEmployers === true,
  };
}

const lines = (text: string) =>
  text
    .split(/\n|;/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A number as typed; what is not one goes to the API as it is, which names the field. */
const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());

const jobInput = (job: ChosenJob): Body['desiredJobs'][number] =>
  job.appellationCode ? { appellationCode: job.appellationCode, romeCode: job.romeCode } : { romeCode: job.romeCode };

/**
 * What the form checks itself: the choices an autocomplete must make and numbers that are not
 * numbers. The API checks everything else and says why in French; its paths key both.
 */
export function checkPerson(values: PersonFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.commune) problems.homeCommune = 'choisissez une commune dans la liste proposée';
  if (values.desiredJobs.length === 0) problems.desiredJobs = 'choisissez au moins un métier dans la liste proposée';
  if (!Number.isFinite(number(values.maxDistanceKm)))
    problems['mobility.maxDistanceKm'] = 'indiquez un nombre de kilomètres';
  values.experiences.forEach((experience, index) => {
    if (!experience.job) problems[`experiences.${index}.romeCode`] = 'choisissez un métier dans la liste proposée';
    if (!Number.isInteger(number(experience.months)))
      problems[`experiences.${index}.months`] = 'indiquez un nombre de mois';
  });
  return problems;
}

/** The body of a creation; consent is sent only when given (no answer recorded otherwise). */
export function toNewCandidate(values: PersonFormValues): Body {
  const commune = values.commune;
  if (!commune) throw new Error('toNewCandidate before the commune is chosen');
  return {
    contact: {
      firstName: values.firstName,
      lastName: values.lastName,
      email: optionalText(values.email),
      mobile: optionalText(values.mobile),
    },
    homeCommune: { inseeCode: commune.inseeCode },
    desiredJobs: values.desiredJobs.map(jobInput),
    desiredSectors: values.desiredSectors,
    acceptedContractTypes: values.acceptedContractTypes,
    skills: lines(values.skills),
    experiences: values.experiences.map((experience) => ({
      romeCode: experience.job?.romeCode ?? '',
      months: number(experience.months),
    })),
    qualificationLevel: (values.qualificationLevel === ''
      ? null
      : Number(values.qualificationLevel)) as Body['qualificationLevel'],
    certifications: values.certifications,
    languages: values.languages,
    mobility: {
      maxDistanceKm: number(values.maxDistanceKm),
      transportModes: values.transportModes,
      hasVehicle: values.hasVehicle,
    },
    availability: {
      from: values.availableFrom || null,
      workingTime: values.workingTime,
      schedules: values.schedules,
      earliestStartHour: timeToHour(values.earliestStartTime),
      latestEndHour: timeToHour(values.latestEndTime),
    },
    workConstraints: values.workConstraints,
    status: values.status,
    ...(values.consent ? { shareWithEmployers: true } : {}),
  };
}

/**
 * The body of an edit: every field (the API leaves unchanged values alone), and the consent only
 * when the adviser changed it, so that re-saving a profile does not re-date the person’s agreement.
 */
export function toCandidateChanges(values: PersonFormValues, current: Candidate): CandidateChanges {
  const { shareWithEmployers: _ignored, ...fields } = toNewCandidate(values);
  const consentBefore = current.consent?.shareWithEmployers === true;
  return { ...fields, ...(values.consent !== consentBefore ? { shareWithEmployers: values.consent } : {}) };
}
