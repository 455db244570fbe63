import {
  fromStatusField,
  listsFor,
  listsOfMatch,
  meetsFilter,
  statusField,
  writtenInHour,
  writtenListsBetween,
} from '../../../shared/adapters/mongo/matchLists';

const match = {
  id: '665f00000000000000000001',
  offerId: 'offer-1',
  candidateId: 'person-1',
  offerOrganizationId: 'employer-1',
  candidateOrganizationId: 'structure-1',
  status: 'proposed' as const,
  proposedAt: new Date('2026-11-20T10:00:00Z'),
};

describe('the lists of matches', () => {
  it('hold a waiting proposal in its offer’s, person’s, structure’s, employer’s and waiting lists', () => {
    const { in: member, out } = listsOfMatch(match);
    expect(member).toEqual(
      expect.arrayContaining([
        'm:offer:{offer-1}',
        'm:offer:{offer-1}:proposed',
        'm:candidate:{person-1}',
        'm:employer:{employer-1}:proposed',
      ]),
    );
    expect(member).toContain('m:waiting');
    expect(out).toEqual([]);
  });

  it('take a match out of the waiting lists once answered, and never list an unproposed one for its employer', () => {
    const answered = listsOfMatch({ ...match, status: 'interview_requested' });
    expect(answered.in).not.toContain('m:waiting');
    expect(answered.out).toContain('m:waiting');
    expect(listsOfMatch({ ...match, status: 'suggested', proposedAt: null }).in).not.toContain(
      'm:employer:{employer-1}:proposed',
    );
  });

  it('serve each filter a page sends from the narrowest list, and no list for one it does not', () => {
    expect(listsFor({ candidateOrganizationId: 'structure-1', candidateId: 'person-1' })).toEqual([
      'm:candidate:{person-1}',
    ]);
    // An employer's page of one offer: only what they were proposed.
    expect(listsFor({ offerOrganizationId: 'employer-1', proposedOnly: true, offerId: 'offer-1' })).toEqual([
      'm:offer:{offer-1}:proposed',
    ]);
    expect(listsFor({ candidateOrganizationId: 'structure-1', offerId: 'offer-1' })).toEqual(['m:offer:{offer-1}']);
    expect(listsFor({ offerOrganizationId: 'employer-1', proposedOnly: true })).toEqual([
      'm:employer:{employer-1}:proposed',
    ]);
    expect(listsFor({ candidateOrganizationId: 'structure-1', statuses: ['proposed'] })).toEqual([
      'm:structure:{structure-1}:waiting',
    ]);
    // My people's matches: their referent's list, one list however many people they follow.
    expect(listsFor({ candidateOrganizationId: 'structure-1', referentAdviserId: 'adviser-1' })).toEqual([
      'm:structure:{structure-1}:referent:adviser-1',
    ]);
    expect(
      listsFor({ candidateOrganizationId: 'structure-1', referentAdviserId: 'adviser-1', candidateId: 'person-1' }),
    ).toEqual(['m:candidate:{person-1}']);
    expect(listsFor({ candidateIds: ['a', 'b'] })).toEqual(['m:candidate:{a}', 'm:candidate:{b}']);
    expect(listsFor({ offerOrganizationId: 'employer-1' })).toBeNull();
  });

  it('keep from a list only what meets every condition of the filter', () => {
    expect(meetsFilter(match, { offerId: 'offer-1', offerOrganizationId: 'employer-1', proposedOnly: true })).toBe(
      true,
    );
    expect(meetsFilter(match, { offerId: 'offer-1', candidateOrganizationId: 'structure-2' })).toBe(false);
    expect(meetsFilter(match, { candidateId: 'person-1', statuses: ['hired'] })).toBe(false);
    expect(meetsFilter({ ...match, proposedAt: null }, { offerId: 'offer-1', proposedOnly: true })).toBe(false);
  });

  it('keep a match’s status and last write at a glance, as they were', () => {
    const written = { status: 'interview_requested' as const, updatedAt: new Date('2026-11-30T08:15:00.123Z') };
    expect(fromStatusField(statusField(written))).toEqual(written);
  });

  it('name the hours’ lists of written matches that cover a period, and none past what they keep', () => {
    const since = new Date('2026-12-01T22:30:00Z');
    const until = new Date('2026-12-02T00:10:00Z');
    const lists = writtenListsBetween(since, until)!;
    expect(lists).toHaveLength(3);
    expect(lists[0]).toBe(writtenInHour(since));
    expect(lists.at(-1)).toBe(writtenInHour(until));
    expect(writtenListsBetween(new Date('2026-11-01T00:00:00Z'), until)).toBeNull();
  });
});
