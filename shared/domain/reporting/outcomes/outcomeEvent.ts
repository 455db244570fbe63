import type { DomainEvent } from '../../../ports/DomainEvents';
import type { Outcome } from './outcome';
import { classifyOutcome } from './outcomeClass';

/** Reporting counts outcomes from this event: ids and classes, no personal data. */
export function outcomeRecordedEvent(outcome: Outcome): DomainEvent {
  return {
    id: `outcome:${outcome.id}`,
    type: 'outcome.recorded',
    at: outcome.recordedAt,
    data: {
      outcomeId: outcome.id,
      candidateOrganizationId: outcome.organizationId,
      employerOrganizationId: outcome.employerOrganizationId,
      offerId: outcome.offerId,
      kind: outcome.kind,
      outcomeClass: classifyOutcome(outcome),
      sector: outcome.sector,
      date: outcome.date.toISOString(),
    },
  };
}
