import type { CandidateStatus } from '../domain/candidates/candidateProfile';

/** What remains of an erased profile: a count per organisation, month and last status. Nothing personal. */
export interface ErasureStatistics {
  recordErasure(entry: { organizationId: string; month: string; lastStatus: CandidateStatus }): Promise<void>;
}
