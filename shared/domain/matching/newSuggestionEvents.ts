import { createHash } from 'node:crypto';
import type { DomainEvent } from '../../ports/DomainEvents';
import type { Suggestion } from './suggestion';

/**
 * Pure: the people an offer's computation suggests that its previous list did not, as one event
 * per organisation that follows them (each adviser sees only their own people). The id is derived
 * from the offer, the organisation and the people, so the same computation run again publishes
 * nothing new.
 */
export function newSuggestionEvents(
  offerId: string,
  previous: readonly Suggestion[],
  fresh: readonly Suggestion[],
  at: Date,
): DomainEvent[] {
  const before = new Set(previous.map((suggestion) => suggestion.candidateId));
  const byOrganization = new Map<string, Suggestion[]>();
  for (const suggestion of fresh) {
    if (before.has(suggestion.candidateId)) continue;
    const list = byOrganization.get(suggestion.candidateOrganizationId) ?? [];
    list.push(suggestion);
    byOrganization.set(suggestion.candidateOrganizationId, list);
  }
  return [...byOrganization].map(([organizationId, suggestions]) => {
    const candidateIds = suggestions.map((suggestion) => suggestion.candidateId).sort();
    const digest = createHash('sha256').update(candidateIds.join(',')).digest('hex').slice(0, 16);
    return {
      id: `suggestions:${offerId}:${organizationId}:${digest}`,
      type: 'offer.new_suggestions',
      at,
      data: {
        offerId,
        offerOrganizationId: suggestions[0]?.offerOrganizationId ?? '',
        candidateOrganizationId: organizationId,
        candidateIds: candidateIds.join(','),
        count: candidateIds.length,
      },
    };
  });
}
