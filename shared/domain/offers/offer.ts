import type { CommunePlace } from '../geography/commune';
import type {
  ContractType,
  PhysicalDemand,
  QualificationLevel,
  RemoteMode,
  WorkSchedule,
} from '../reference/employmentTerms';
import type { JobDesignation } from '../reference/jobDesignation';

export const offerStatuses = ['draft', 'published', 'filled', 'closed', 'expired'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** What an employer writes; everything else on an offer is kept by Passerelle. */
export interface OfferContent {
  title: string;
  job: JobDesignation;
  description: string;
  requiredSkills: string[];
  optionalSkills: string[];
  /** Certification codes (PERMIS_C, CACES_R489_3, HABILITATION_B1V…), all required. */
  requiredCertifications: string[];
  /** null: no minimum. */
  minQualificationLevel: QualificationLevel | null;
  minExperienceMonths: number;
  contractType: ContractType;
  /** For fixed-term contracts and immersions. */
  durationMonths: number | null;
  weeklyHours: number;
  schedules: WorkSchedule[];
  /** Hours of a working day (0–24; an end before the start crosses midnight); null when they vary. */
  dayStartHour: number | null;
  dayEndHour: number | null;
  startDate: Date | null;
  location: CommunePlace;
  remoteMode: RemoteMode;
  openings: number;
  /** Training before hiring (POE, AFPR…): the qualification level is then not required. */
  trainingBeforeHiring: boolean;
  /**
   * The diploma asked (minQualificationLevel) is required by law for this job (regulated jobs):
   * only then is a lower level a hard constraint; otherwise it counts in the score.
   */
  qualificationRequiredByLaw: boolean;
  physicalDemands: PhysicalDemand[];
  publicTransportAccess: boolean;
  expiresAt: Date | null;
}

export interface Offer extends OfferContent {
  id: string;
  organizationId: string;
  /** The employer's own reference, which makes a bulk import re-runnable. */
  externalRef: string | null;
  status: OfferStatus;
  publishedAt: Date | null;
  closedAt: Date | null;
  /** Bumped by every write; the search index and matching catch up with it. */
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** How long a published offer stays open when the employer sets no end (France Travail's usual span). */
export const defaultPublicationDays = 60;
export const maxPublicationDays = 180;

export const editableStatuses: readonly OfferStatus[] = ['draft', 'published'];
export const closableStatuses: readonly OfferStatus[] = ['draft', 'published'];

/** Only published offers are searchable by advisers and matched with candidates. */
export function isSearchable(offer: Pick<Offer, 'status'>): boolean {
  return offer.status === 'published';
}
