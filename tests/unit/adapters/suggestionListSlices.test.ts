import type { Suggestion, SuggestionList } from '../../../shared/domain/matching/suggestion';
import { joinSlices, sliceList, viewOf } from '../../../shared/adapters/mongo/suggestionListSlices';

const at = new Date('2026-12-01T09:00:00Z');

const suggestion = (candidateId: string, candidateOrganizationId: string, score: number): Suggestion => ({
  offerId: 'offer-1',
  candidateId,
  offerOrganizationId: 'employer-1',
  candidateOrganizationId,
  score,
  breakdown: [],
  explanation: { met: [], missing: [] },
  offerVersion: 2,
  profileVersion: 1,
  computedAt: at,
  stale: null,
});

const list = (subject: SuggestionList['subject'], suggestions: Suggestion[]): SuggestionList => ({
  subject,
  suggestions,
  computedAt: at,
  durationMs: 12,
  retrieved: 40,
  eligible: 9,
  poolCut: false,
  byOrganization: { 'structure-a': { retrieved: 30, eligible: 6 }, 'structure-b': { retrieved: 10, eligible: 3 } },
});

describe('the slices of an offer’s suggestion list', () => {
  const offerList = list({ entity: 'offer', id: 'offer-1', version: 2 }, [
    suggestion('p1', 'structure-a', 90),
    suggestion('p2', 'structure-b', 80),
    suggestion('p3', 'structure-a', 70),
  ]);

  it('give each organisation its people, in the list’s order, with the figures of the computation', () => {
    const { head, slices } = sliceList(offerList);
    expect(head.suggestions).toEqual([]);
    expect(head.slices).toEqual(['structure-a', 'structure-b']);
    expect(head.byOrganization).toEqual(offerList.byOrganization);
    const ofA = slices.get('structure-a')!;
    expect(ofA.suggestions.map((item) => item.candidateId)).toEqual(['p1', 'p3']);
    expect(ofA.byOrganization).toEqual({ 'structure-a': { retrieved: 30, eligible: 6 } });
    expect(ofA.slice).toBe('structure-a');
    expect([ofA.computedAt, ofA.retrieved, ofA.eligible, ofA.subject]).toEqual([at, 40, 9, offerList.subject]);
    expect(slices.get('structure-b')!.suggestions.map((item) => item.candidateId)).toEqual(['p2']);
  });

  /** The documents of a save at this revision, as the collection holds them. */
  const saved = (revision: number) => {
    const { head, slices } = sliceList(offerList);
    return {
      head: { ...head, _id: 'offer:offer-1', revision },
      slices: [...slices].map(([organizationId, slice]) => ({
        ...slice,
        _id: `offer:offer-1|${organizationId}`,
        revision,
      })),
    };
  };

  it('join back into the whole list', () => {
    const { head, slices } = saved(5);
    expect(new Set(joinSlices(head, slices).suggestions)).toEqual(new Set(offerList.suggestions));
  });

  it('count only when their head lists them with its revision (a save that stopped halfway shows no old slice)', () => {
    const before = saved(5);
    const after = saved(6);
    const [ofA, ofB] = [after.slices[0]!, before.slices[1]!];
    // The new head and one new slice were written; the other slice is still the old save's.
    expect(joinSlices(after.head, [ofA, ofB]).suggestions.map((item) => item.candidateId)).toEqual(['p1', 'p3']);
    expect(viewOf(after.head, ofA)).toBe(ofA);
    expect(viewOf(after.head, ofB)).toBe(after.head);
    expect(viewOf(after.head, undefined)).toBe(after.head);
    // A slice its head does not list (its organisation left the list) is not shown either.
    const withoutB = { ...after.head, slices: ['structure-a'] };
    expect(viewOf(withoutB, { ...ofB, revision: 6 })).toBe(withoutB);
  });

  it('are not made for a person’s list, nor for an offer nobody fits (a head alone)', () => {
    const ofPerson = list({ entity: 'candidate', id: 'p1', version: 1 }, [suggestion('p1', 'structure-a', 90)]);
    expect(sliceList(ofPerson)).toEqual({ head: ofPerson, slices: new Map() });
    const nobody = sliceList(list({ entity: 'offer', id: 'offer-2', version: 1 }, []));
    expect(nobody.slices.size).toBe(0);
    expect(nobody.head.slices).toEqual([]);
  });

  it('read a list saved whole, before slices, as it is', () => {
    const whole = { ...offerList, _id: 'offer:offer-1' };
    expect(joinSlices(whole, [])).toBe(whole);
    expect(viewOf(whole, undefined)).toBe(whole);
  });
});
