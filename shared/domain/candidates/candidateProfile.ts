import type { CommunePlace } from '../geography/commune';
import type {
  ContractType,
  PhysicalDemand,
  QualificationLevel,
  TransportMode,
  WorkSchedule,
} from '../reference/employmentTerms';
import type { JobDesignation } from '../reference/jobDesignation';
import type { Sector } from '../reference/sectors';

export const candidateStatuses = ['active', 'paused', 'placed', 'exited'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

export const workingTimes = ['full_time', 'part_time', 'either'] as const;
export type WorkingTime = (typeof workingTimes)[number];

/** Contact data: seen by the advisers of the owning organisation, never indexed nor matched on. */
export interface CandidateContact {
  firstName: string;
  lastName: string;
  email: string | null;
  /** E.164 (+33612345678). */
  mobile: string | null;
}

export interface Experience {
  romeCode: string;
  label: string;
  months: number;
}

export interface CandidateConsent {
  /** The person agreed that their profile be shown to employers it is proposed to. */
  shareWithEmployers: boolean;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * What an adviser writes about a person. There is deliberately no field for birth date, sex,
 * nationality, photo, family situation, health or benefits (Code du travail L1132-1, CNIL):
 * what is not stored can neither leak nor weigh on a match.
 */
export interface CandidateContent {
  contact: CandidateContact;
  homeCommune: CommunePlace;
  desiredJobs: JobDesignation[];
  desiredSectors: Sector[];
  acceptedContractTypes: ContractType[];
  skills: string[];
  experiences: Experience[];
  /** null: no qualification at level 3 or above. */
  qualificationLevel: QualificationLevel | null;
  /** Certification codes held, driving licences included (PERMIS_B…). */
  certifications: string[];
  languages: { code: string; level: LanguageLevel }[];
  mobility: { maxDistanceKm: number; transportModes: TransportMode[]; hasVehicle: boolean };
  availability: {
    from: Date | null;
    workingTime: WorkingTime;
    schedules: WorkSchedule[];
    earliestStartHour: number | null;
    latestEndHour: number | null;
  };
  /** Demands the person cannot take on, shared with their agreement: a constraint, never a diagnosis. */
  workConstraints: PhysicalDemand[];
  status: CandidateStatus;
}

export interface CandidateProfile extends CandidateContent {
  id: string;
  organizationId: string;
  referentAdviserId: string;
  externalRef: string | null;
  consent: CandidateConsent | null;
  /** When the person was last proposed to an employer (the pipeline records it); null: never. */
  lastProposedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Matching considers only active people who agreed to be shown to employers. */
export function isMatchable(profile: Pick<CandidateProfile, 'status' | 'consent'>): boolean {
  return profile.status === 'active' && profile.consent?.shareWithEmployers === true;
}
