import type { DomainEvent } from '../../ports/DomainEvents';
import type { CandidateStatus } from './candidateProfile';

/**
 * Pure: the event reporting counts people followed by (an active follow-up began or ended), or
 * null when the change leaves the person as active or inactive as before. It names the structure
 * and the statuses only; its id follows the profile's version, so publishing it again is harmless.
 */
export function followStatusEvent(
  profile: { id: string; version: number; organizationId: string },
  from: CandidateStatus | null,
  to: CandidateStatus | 'erased',
  at: Date,
): DomainEvent | null {
  if ((from === 'active') === (to === 'active')) return null;
  return {
    id: to === 'erased' ? `candidate:${profile.id}:erased` : `candidate:${profile.id}:v${profile.version}:status`,
    type: 'candidate.status_changed',
    at,
    data: { candidateOrganizationId: profile.organizationId, from, to },
  };
}
