import type {
  CandidateConsent,
  CandidateContent,
  CandidateProfile,
  CandidateStatus,
} from '../domain/candidates/candidateProfile';
import type { PageRequest } from '../domain/common/page';
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

export interface CandidateRepository extends VersionedRepository<CandidateProfile> {
  /** Throws ConflictError when the organisation already has a profile with this external reference. */
  create(candidate: NewCandidate, now: Date): Promise<CandidateProfile>;
  findInOrganization(organizationId: string, candidateId: string): Promise<CandidateProfile | null>;
  findByExternalRef(organizationId: string, externalRef: string): Promise<CandidateProfile | null>;
  listInOrganization(organizationId: string, filter: CandidateFilter, page: PageRequest): Promise<CandidateProfile[]>;
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
