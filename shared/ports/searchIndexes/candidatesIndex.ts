import type { CandidateProfile } from '../../domain/candidates/candidateProfile';
import { reachCells } from '../../domain/geography/reachCells';
import { encodeMatchCandidate } from '../../domain/matching/matchInputCodec';
import { toMatchCandidate } from '../../domain/matching/matchInputs';
import { qualificationRank, skillKey } from '../../domain/reference/employmentTerms';
import type { GeoPoint, IndexDefinition } from '../SearchEngine';
import { retrievalPoolCeiling } from './retrievalPoolCeiling';

/**
 * Candidate profiles, for advisers' search and matching. What matching and search need and
 * nothing else: no name, no contact data, no barriers, no notes (tests/unit assert the field set).
 * The home location serves only the radius the person declared; it is never shown to employers.
 */
export const candidatesIndex: IndexDefinition = {
  name: 'candidates',
  fields: {
    desiredJobsText: 'text',
    skillsText: 'text',
    experiencesText: 'text',
    organizationId: 'keyword',
    status: 'keyword',
    workingTime: 'keyword',
    desiredAppellationCodes: 'keyword[]',
    desiredRomeCodes: 'keyword[]',
    desiredDomaines: 'keyword[]',
    desiredGrandDomaines: 'keyword[]',
    desiredJobFamilies: 'keyword[]',
    desiredSectors: 'keyword[]',
    acceptedContractTypes: 'keyword[]',
    skillKeys: 'keyword[]',
    experienceRomeCodes: 'keyword[]',
    certifications: 'keyword[]',
    languages: 'keyword[]',
    schedules: 'keyword[]',
    transportModes: 'keyword[]',
    workConstraints: 'keyword[]',
    qualificationRank: 'number',
    maxDistanceKm: 'number',
    availableFrom: 'number',
    earliestStartHour: 'number',
    latestEndHour: 'number',
    updatedAt: 'number',
    version: 'number',
    consented: 'boolean',
    hasVehicle: 'boolean',
    home: 'geo',
    reachCells: 'keyword[]',
    matchInput: 'stored',
  },
  searchable: ['desiredJobsText', 'skillsText', 'experiencesText'],
  sortable: ['updatedAt'],
  maxTotalHits: retrievalPoolCeiling,
  maxValuesPerFacet: 1_000,
};

export interface CandidateSearchDocument {
  [field: string]: string | string[] | number | boolean | GeoPoint | null;
  id: string;
  desiredJobsText: string;
  skillsText: string;
  experiencesText: string;
  organizationId: string;
  status: string;
  workingTime: string;
  desiredAppellationCodes: string[];
  desiredRomeCodes: string[];
  desiredDomaines: string[];
  desiredGrandDomaines: string[];
  /** The letters and the ROME codes of the desired jobs: what matching's retrieval filters on (retrievalConditions.ts). */
  desiredJobFamilies: string[];
  desiredSectors: string[];
  acceptedContractTypes: string[];
  skillKeys: string[];
  experienceRomeCodes: string[];
  certifications: string[];
  languages: string[];
  schedules: string[];
  transportModes: string[];
  workConstraints: string[];
  qualificationRank: number;
  maxDistanceKm: number;
  /** Range filters skip missing values: none is written as the widest value (0, 0 h, 24 h). */
  availableFrom: number;
  earliestStartHour: number;
  latestEndHour: number;
  updatedAt: number;
  version: number;
  consented: boolean;
  hasVehicle: boolean;
  home: GeoPoint;
  reachCells: string[];
  /** What scoring reads (encodeMatchCandidate), so that matching needs no database read per hit. */
  matchInput: string;
}

export function toCandidateSearchDocument(profile: CandidateProfile): CandidateSearchDocument {
  const romeCodes = profile.desiredJobs.map((job) => job.romeCode);
  return {
    id: profile.id,
    desiredJobsText: profile.desiredJobs.map((job) => job.label).join(' · '),
    skillsText: profile.skills.join(' · '),
    experiencesText: profile.experiences.map((experience) => experience.label).join(' · '),
    organizationId: profile.organizationId,
    status: profile.status,
    workingTime: profile.availability.workingTime,
    desiredAppellationCodes: profile.desiredJobs.flatMap((job) => (job.appellationCode ? [job.appellationCode] : [])),
    desiredRomeCodes: romeCodes,
    desiredDomaines: [...new Set(romeCodes.map((code) => code.slice(0, 3)))],
    desiredGrandDomaines: [...new Set(romeCodes.map((code) => code.slice(0, 1)))],
    desiredJobFamilies: [...new Set([...romeCodes.map((code) => code.slice(0, 1)), ...romeCodes])],
    desiredSectors: profile.desiredSectors,
    acceptedContractTypes: profile.acceptedContractTypes,
    skillKeys: profile.skills.map(skillKey),
    experienceRomeCodes: [...new Set(profile.experiences.map((experience) => experience.romeCode))],
    certifications: profile.certifications,
    languages: profile.languages.map((language) => language.code),
    schedules: profile.availability.schedules,
    transportModes: profile.mobility.transportModes,
    workConstraints: profile.workConstraints,
    qualificationRank: qualificationRank(profile.qualificationLevel),
    maxDistanceKm: profile.mobility.maxDistanceKm,
    availableFrom: profile.availability.from?.getTime() ?? 0,
    earliestStartHour: profile.availability.earliestStartHour ?? 0,
    latestEndHour: profile.availability.latestEndHour ?? 24,
    updatedAt: profile.updatedAt.getTime(),
    version: profile.version,
    consented: profile.consent?.shareWithEmployers === true,
    hasVehicle: profile.mobility.hasVehicle,
    home: profile.homeCommune.location,
    reachCells: reachCells(profile.homeCommune.location, profile.mobility.maxDistanceKm),
    matchInput: encodeMatchCandidate(toMatchCandidate(profile)),
  };
}
