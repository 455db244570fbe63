import type {
  CandidateConsent,
  CandidateContent,
  CandidateProfile,
  CandidateStatus,
} from '../domain/candidates/candidateProfile';
import type { PageRequest } from '../domain/common/page';
import type { Sector } from '../domain/reference/sectors';
import type { VersionedRepository } from './VersionedRepository';

export interface NewCandidate extends CandidateContent {
  organizationId: string;
  referentAdviserId: string;
  externalRef: string | null;
  consent: CandidateConsent | null;
}

export interface CandidateChanges extends Partial<CandidateContent> {
  referentAdviserId?: string;
  consent?: CandidateConsent | null;
  lastProposedAt?: Date;
}

export interface CandidateFilter {
  status?: CandidateStatus;
  referentAdviserId?: string;
}

/** The filters of an adviser's caseload ("my people" or the organisation's). */
export interface CaseloadQuery {
  referentAdviserId?: string;
  status?: CandidateStatus;
  sector?: Sector;
  consentGiven?: boolean;
  /** Part of the first or last name, whatever the case. */
  name?: string;
  /** Only these people (what a pipeline or suggestion filter left). */
  amongIds?: readonly string[];
}

export interface CandidateRepository extends VersionedRepository<CandidateProfile> {
  /** Throws ConflictError when the organisation already has a profile with this external reference. */
  create(candidate: NewCandidate, now: Date): Promise<CandidateProfile>;
  /** Profiles written as they are (the bulk path of benchmarks); ids must be new. */
  insertAll(people: readonly CandidateProfile[]): Promise<void>;
  /** The caseload's lists (kept beside the database) rebuilt from the stored profiles. */
  rebuildCaseloadLists(): Promise<void>;
  findInOrganization(organizationId: string, candidateId: string): Promise<CandidateProfile | null>;
  findByExternalRef(organizationId: string, externalRef: string): Promise<CandidateProfile | null>;
  listInOrganization(organizationId: string, filter: CandidateFilter, page: PageRequest): Promise<CandidateProfile[]>;
  /** One page of a caseload sorted by last name, first name, and how many people the filters keep. */
  searchInOrganization(
    organizationId: string,
    query: CaseloadQuery,
    page: { limit: number; offset: number },
  ): Promise<{ items: CandidateProfile[]; total: number }>;
  /** The ids of every profile the filters keep (to cross them with the pipeline or the suggestions). */
  idsInOrganization(organizationId: string, query: CaseloadQuery): Promise<string[]>;
  /** The ones among these ids that belong to the organisation (search results are hydrated from here). */
  listInOrganizationByIds(organizationId: string, candidateIds: string[]): Promise<CandidateProfile[]>;
  /** Applies the changes and bumps the version; null when the profile is not in the organisation. */
  update(
    organizationId: string,
    candidateId: string,
    changes: CandidateChanges,
    now: Date,
  ): Promise<CandidateProfile | null>;
  delete(organizationId: string, candidateId: string): Promise<boolean>;
}
