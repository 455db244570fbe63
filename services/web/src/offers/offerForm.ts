import { hourToTime, timeToHour } from '../ui/format';
import type { NewOffer, Offer } from './queries';

type Body = NewOffer;

/** The offer as its form holds it: text for what a person types, the chosen job and commune. */
export interface OfferFormValues {
  title: string;
  job: { appellationCode: string | null; romeCode: string; label: string; romeLabel?: string } | null;
  jobText: string;
  description: string;
  requiredSkills: string;
  optionalSkills: string;
  requiredCertifications: Body['requiredCertifications'];
  minQualificationLevel: string;
  minExperienceMonths: string;
  contractType: Body['contractType'];
  durationMonths: string;
  weeklyHours: string;
  schedules: Body['schedules'];
  dayStartTime: string;
  dayEndTime: string;
  startDate: string;
  commune: { inseeCode: string; name: string; postalCode: string | null } | null;
  communeText: string;
  remoteMode: Body['remoteMode'];
  openings: string;
  trainingBeforeHiring: boolean;
  qualificationRequiredByLaw: boolean;
  physicalDemands: Body['physicalDemands'];
  publicTransportAccess: boolean;
  expiresAt: string;
}

export const emptyOffer: OfferFormValues = {
  title: '',
  job: null,
  jobText: '',
  description: '',
  requiredSkills: '',
  optionalSkills: '',
  requiredCertifications: [],
  minQualificationLevel: '',
  minExperienceMonths: '0',
  contractType: 'cdi',
  durationMonths: '',
  weeklyHours: '35',
  schedules: ['day'],
  dayStartTime: '',
  dayEndTime: '',
  startDate: '',
  commune: null,
  communeText: '',
  remoteMode: 'on_site',
  openings: '1',
  trainingBeforeHiring: false,
  qualificationRequiredByLaw: false,
  physicalDemands: [],
  publicTransportAccess: false,
  expiresAt: '',
};

export function communeText(commune: { name: string; postalCode: string | null }): string {
  return commune.postalCode ? `${commune.name} (${commune.postalCode})` : commune.name;
}

export function fromOffer(offer: Offer): OfferFormValues {
  const commune = {
    inseeCode: offer.location.inseeCode,
    name: offer.location.name,
    postalCode: offer.location.postalCode,
  };
  return {
    title: offer.title,
    job: { appellationCode: offer.job.appellationCode, romeCode: offer.job.romeCode, label: offer.job.label },
    jobText: offer.job.label,
    description: offer.description,
    requiredSkills: offer.requiredSkills.join('\n'),
    optionalSkills: offer.optionalSkills.join('\n'),
    requiredCertifications: offer.requiredCertifications as Body['requiredCertifications'],
    minQualificationLevel: offer.minQualificationLevel === null ? '' : String(offer.minQualificationLevel),
    minExperienceMonths: String(offer.minExperienceMonths),
    contractType: offer.contractType,
    durationMonths: offer.durationMonths === null ? '' : String(offer.durationMonths),
    weeklyHours: String(offer.weeklyHours),
    schedules: offer.schedules,
    dayStartTime: hourToTime(offer.dayStartHour),
    dayEndTime: hourToTime(offer.dayEndHour),
    startDate: offer.startDate ? offer.startDate.slice(0, 10) : '',
    commune,
    communeText: communeText(commune),
    remoteMode: offer.remoteMode,
    openings: String(offer.openings),
    trainingBeforeHiring: offer.trainingBeforeHiring,
    qualificationRequiredByLaw: offer.qualificationRequiredByLaw,
    physicalDemands: offer.physicalDemands,
    publicTransportAccess: offer.publicTransportAccess,
    expiresAt: offer.expiresAt ? offer.expiresAt.slice(0, 10) : '',
  };
}

const lines = (text: string) =>
  text
    .split(/\n|;/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A number as typed; what is not one goes to the API as it is, which names the field. */
const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const optionalNumber = (text: string): number | null => (text.trim() === '' ? null : number(text));

/** The end of publication: the end of the chosen day, in the browser's time zone. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:00`).toISOString();
}

/**
 * What the form checks itself: the choices an autocomplete must make and numbers that are not
 * numbers (JSON has no word for them). The API checks everything else, and says why in French.
 */
export function checkForm(values: OfferFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.job) problems.job = 'choisissez un métier dans la liste proposée';
  if (!values.commune) problems['location.commune'] = 'choisissez une commune dans la liste proposée';
  const numbers = {
    weeklyHours: values.weeklyHours,
    openings: values.openings,
    minExperienceMonths: values.minExperienceMonths,
  };
  for (const [field, text] of Object.entries(numbers)) {
    if (!Number.isFinite(number(text))) problems[field] = 'indiquez un nombre';
  }
  if (values.durationMonths.trim() !== '' && !Number.isFinite(number(values.durationMonths))) {
    problems.durationMonths = 'indiquez un nombre de mois, ou laissez vide';
  }
  return problems;
}

export function toBody(values: OfferFormValues): Body {
  const job = values.job;
  const commune = values.commune;
  if (!job || !commune) throw new Error('toBody before the job and commune are chosen');
  return {
    title: values.title,
    job: job.appellationCode
      ? { appellationCode: job.appellationCode, romeCode: job.romeCode }
      : { romeCode: job.romeCode },
    description: values.description,
    requiredSkills: lines(values.requiredSkills),
    optionalSkills: lines(values.optionalSkills),
    requiredCertifications: values.requiredCertifications,
    minQualificationLevel: optionalNumber(values.minQualificationLevel) as Body['minQualificationLevel'],
    minExperienceMonths: number(values.minExperienceMonths),
    contractType: values.contractType,
    durationMonths: optionalNumber(values.durationMonths),
    weeklyHours: number(values.weeklyHours),
    schedules: values.schedules,
    dayStartHour: timeToHour(values.dayStartTime),
    dayEndHour: timeToHour(values.dayEndTime),
    startDate: values.startDate || null,
    location: { commune: { inseeCode: commune.inseeCode } },
    remoteMode: values.remoteMode,
    openings: number(values.openings),
    trainingBeforeHiring: values.trainingBeforeHiring,
    qualificationRequiredByLaw: values.qualificationRequiredByLaw,
    physicalDemands: values.physicalDemands,
    publicTransportAccess: values.publicTransportAccess,
    expiresAt: values.expiresAt ? endOfDay(values.expiresAt) : null,
  };
}
