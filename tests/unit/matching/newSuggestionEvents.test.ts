import { newSuggestionEvents } from '../../../shared/domain/matching/newSuggestionEvents';
import type { Suggestion } from '../../../shared/domain/matching/suggestion';

const suggestion = (candidateId: string, candidateOrganizationId: string): Suggestion => ({
  offerId: 'offer1',
  candidateId,
  offerOrganizationId: 'employer1',
  candidateOrganizationId,
  score: 80,
  breakdown: [],
  explanation: { met: [], missing: [] },
  offerVersion: 1,
  profileVersion: 1,
  computedAt: new Date('2026-11-24'),
  stale: null,
});
const at = new Date('2026-11-24T10:00:00Z');

describe('events for people newly suggested for an offer', () => {
  it('name only the newcomers, one event per organisation that follows them, ids only', () => {
    const events = newSuggestionEvents(
      'offer1',
      [suggestion('a', 'ml1')],
      [suggestion('a', 'ml1'), suggestion('c', 'ml1'), suggestion('b', 'ml1'), suggestion('d', 'plie2')],
      at,
    );

    expect(events.map((event) => event.data)).toEqual([
      {
        offerId: 'offer1',
        offerOrganizationId: 'employer1',
        candidateOrganizationId: 'ml1',
        candidateIds: 'b,c',
        count: 2,
      },
      {
        offerId: 'offer1',
        offerOrganizationId: 'employer1',
        candidateOrganizationId: 'plie2',
        candidateIds: 'd',
        count: 1,
      },
    ]);
    expect(events.every((event) => event.type === 'offer.new_suggestions')).toBe(true);
  });

  it('have the same ids when the same computation runs again (publishing twice adds nothing)', () => {
    const fresh = [suggestion('b', 'ml1'), suggestion('c', 'ml1')];
    const once = newSuggestionEvents('offer1', [], fresh, at).map((event) => event.id);
    const again = newSuggestionEvents('offer1', [], [...fresh].reverse(), new Date()).map((event) => event.id);
    expect(again).toEqual(once);
    expect(newSuggestionEvents('offer1', fresh, fresh, at)).toEqual([]);
  });
});
