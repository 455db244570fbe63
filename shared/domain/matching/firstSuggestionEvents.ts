import type { DomainEvent } from '../../ports/DomainEvents';
import type { Suggestion } from './suggestion';

/**
 * Pure: for reporting, one event per person a computation suggests who was not in its previous
 * list. Its id names the person only, so the log keeps one per person ever: publishing it again,
 * from another offer's list or another run, adds nothing (DomainEvents.publish is idempotent).
 */
export function firstSuggestionEvents(
  previous: readonly Suggestion[],
  fresh: readonly Suggestion[],
  at: Date,
): DomainEvent[] {
  const before = new Set(previous.map((suggestion) => suggestion.candidateId));
  const events = new Map<string, DomainEvent>();
  for (const suggestion of fresh) {
    if (before.has(suggestion.candidateId) || events.has(suggestion.candidateId)) continue;
    events.set(suggestion.candidateId, {
      id: `candidate:${suggestion.candidateId}:first_suggestion`,
      type: 'candidate.first_suggestion',
      at,
      data: { candidateOrganizationId: suggestion.candidateOrganizationId },
    });
  }
  return [...events.values()];
}
