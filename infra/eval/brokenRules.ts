/**
 * The rules a suggestion must never break, recomputed from the raw data of the set (the bodies
 * given to the API and the commune centres they resolved to), independently of the matching code.
 */
import type { HardRule } from './evalSet';

export interface RuleOffer {
  contractType: string;
  weeklyHours: number;
  schedules: readonly string[];
  requiredCertifications: readonly string[];
  remoteMode: string;
  centre: { lat: number; lng: number };
}

export interface RulePerson {
  consent: boolean;
  acceptedContractTypes: readonly string[];
  workingTime: string;
  schedules: readonly string[];
  certifications: readonly string[];
  maxDistanceKm: number;
  centre: { lat: number; lng: number };
}

/** The most a part-time job asks a week (issue 16). */
const partTimeMaxHours = 30;

/** Great-circle distance between two commune centres, in km. */
export function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function brokenRules(offer: RuleOffer, person: RulePerson): HardRule[] {
  const broken: HardRule[] = [];
  if (!person.consent) broken.push('no_consent');
  if (offer.remoteMode !== 'full_remote' && kmBetween(offer.centre, person.centre) > person.maxDistanceKm) {
    broken.push('too_far');
  }
  if (offer.requiredCertifications.some((code) => !person.certifications.includes(code))) {
    broken.push('missing_certification');
  }
  if (person.workingTime === 'part_time' && offer.weeklyHours > partTimeMaxHours) broken.push('part_time_only');
  if (!person.acceptedContractTypes.includes(offer.contractType)) broken.push('contract_not_accepted');
  if (offer.schedules.some((schedule) => !person.schedules.includes(schedule))) broken.push('incompatible_schedule');
  return broken;
}
