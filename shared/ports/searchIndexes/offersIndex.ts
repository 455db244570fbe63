import { workplaceCells } from '../../domain/geography/reachCells';
import { encodeMatchOffer } from '../../domain/matching/matchInputCodec';
import { toMatchOffer } from '../../domain/matching/matchInputs';
import { qualificationRank, skillKey } from '../../domain/reference/employmentTerms';
import type { Offer } from '../../domain/offers/offer';
import type { GeoPoint, IndexDefinition } from '../SearchEngine';
import { retrievalPoolCeiling } from './retrievalPoolCeiling';

/** Published offers, for advisers' search and for matching candidates to offers. */
export const offersIndex: IndexDefinition = {
  name: 'offers',
  fields: {
    title: 'text',
    jobLabel: 'text',
    skillsText: 'text',
    description: 'text',
    organizationId: 'keyword',
    appellationCode: 'keyword',
    romeCode: 'keyword',
    domaineProfessionnel: 'keyword',
    grandDomaine: 'keyword',
    jobFamilies: 'keyword[]',
    sector: 'keyword',
    contractType: 'keyword',
    remoteMode: 'keyword',
    departmentCode: 'keyword',
    schedules: 'keyword[]',
    requiredCertifications: 'keyword[]',
    requiredSkillKeys: 'keyword[]',
    physicalDemands: 'keyword[]',
    minQualificationRank: 'number',
    minExperienceMonths: 'number',
    weeklyHours: 'number',
    dayStartHour: 'number',
    dayEndHour: 'number',
    startDate: 'number',
    publishedAt: 'number',
    updatedAt: 'number',
    expiresAt: 'number',
    openings: 'number',
    version: 'number',
    trainingBeforeHiring: 'boolean',
    publicTransportAccess: 'boolean',
    location: 'geo',
    matchCells: 'keyword[]',
    matchInput: 'stored',
  },
  searchable: ['title', 'jobLabel', 'skillsText', 'description'],
  // Matching reads the most recently written offers first when a pool is cut.
  sortable: ['publishedAt', 'startDate', 'updatedAt'],
  maxTotalHits: retrievalPoolCeiling,
  maxValuesPerFacet: 1_000,
};

export interface OfferSearchDocument {
  [field: string]: string | string[] | number | boolean | GeoPoint | null;
  id: string;
  title: string;
  jobLabel: string;
  skillsText: string;
  description: string;
  organizationId: string;
  appellationCode: string | null;
  romeCode: string;
  domaineProfessionnel: string;
  grandDomaine: string;
  /** The job's letter and ROME code: what matching's retrieval filters on (retrievalConditions.ts). */
  jobFamilies: string[];
  sector: string;
  contractType: string;
  remoteMode: string;
  departmentCode: string;
  schedules: string[];
  requiredCertifications: string[];
  requiredSkillKeys: string[];
  physicalDemands: string[];
  minQualificationRank: number;
  minExperienceMonths: number;
  weeklyHours: number;
  dayStartHour: number | null;
  dayEndHour: number | null;
  startDate: number | null;
  publishedAt: number | null;
  updatedAt: number;
  expiresAt: number | null;
  openings: number;
  version: number;
  trainingBeforeHiring: boolean;
  publicTransportAccess: boolean;
  location: GeoPoint;
  /** The cells the workplace lies in (workplaceCells), against a person's reachCells. */
  matchCells: string[];
  /** What scoring reads (encodeMatchOffer). */
  matchInput: string;
}

export function toOfferSearchDocument(offer: Offer): OfferSearchDocument {
  return {
    id: offer.id,
    title: offer.title,
    jobLabel: offer.job.label,
    skillsText: [...offer.requiredSkills, ...offer.optionalSkills].join(' · '),
    description: offer.description,
    organizationId: offer.organizationId,
    appellationCode: offer.job.appellationCode,
    romeCode: offer.job.romeCode,
    domaineProfessionnel: offer.job.romeCode.slice(0, 3),
    grandDomaine: offer.job.romeCode.slice(0, 1),
    jobFamilies: [offer.job.romeCode.slice(0, 1), offer.job.romeCode],
    sector: offer.job.sector,
    contractType: offer.contractType,
    remoteMode: offer.remoteMode,
    departmentCode: offer.location.departmentCode,
    schedules: offer.schedules,
    requiredCertifications: offer.requiredCertifications,
    requiredSkillKeys: offer.requiredSkills.map(skillKey),
    physicalDemands: offer.physicalDemands,
    minQualificationRank: qualificationRank(offer.minQualificationLevel),
    minExperienceMonths: offer.minExperienceMonths,
    weeklyHours: offer.weeklyHours,
    dayStartHour: offer.dayStartHour,
    dayEndHour: offer.dayEndHour,
    startDate: offer.startDate?.getTime() ?? null,
    publishedAt: offer.publishedAt?.getTime() ?? null,
    updatedAt: offer.updatedAt.getTime(),
    expiresAt: offer.expiresAt?.getTime() ?? null,
    openings: offer.openings,
    version: offer.version,
    trainingBeforeHiring: offer.trainingBeforeHiring,
    publicTransportAccess: offer.publicTransportAccess,
    location: offer.location.location,
    matchCells: workplaceCells(offer.location.location, offer.remoteMode === 'full_remote'),
    matchInput: encodeMatchOffer(toMatchOffer(offer)),
  };
}
