import { followStatusEvent } from '../../../shared/domain/candidates/followStatusEvent';
import { firstSuggestionEvents } from '../../../shared/domain/matching/firstSuggestionEvents';
import type { Suggestion } from '../../../shared/domain/matching/suggestion';
import { indicatorRow, peopleStocksAt } from '../../../shared/domain/reporting/indicatorRows';
import { reportingIncrements } from '../../../shared/domain/reporting/reportingIncrements';
import type { CounterRecord } from '../../../shared/domain/reporting/reportingMeasures';
import { sumIncrements } from '../../../shared/domain/reporting/sumIncrements';

const at = new Date('2026-03-10T10:00:00Z');
const profile = { id: 'c1', version: 3, organizationId: 'org-a' };
const context = { sector: null, proposedAt: null, territoryId: 't' };

describe('people followed and reached, for reporting (pure)', () => {
  it('publishes a follow-up event only when a person becomes active or stops being so', () => {
    expect(followStatusEvent(profile, null, 'active', at)?.data).toEqual({
      candidateOrganizationId: 'org-a',
      from: null,
      to: 'active',
    });
    expect(followStatusEvent(profile, 'active', 'paused', at)?.id).toBe('candidate:c1:v3:status');
    expect(followStatusEvent(profile, 'active', 'erased', at)?.id).toBe('candidate:c1:erased');
    expect(followStatusEvent(profile, 'paused', 'exited', at)).toBeNull();
    expect(followStatusEvent(profile, 'active', 'active', at)).toBeNull();
    expect(followStatusEvent(profile, 'paused', 'erased', at)).toBeNull();
  });

  it('counts an entry or a leaving for the structure and its territory, never by sector', () => {
    const entered = followStatusEvent(profile, null, 'active', at);
    const left = followStatusEvent(profile, 'active', 'exited', at);
    if (!entered || !left) throw new Error('no event');
    expect(reportingIncrements(entered, context).map((item) => [item.dimension, item.counts])).toEqual([
      ['territory:t', { followedEntered: 1 }],
      ['org:org-a', { followedEntered: 1 }],
    ]);
    expect(reportingIncrements(left, context).map((item) => item.counts)).toEqual([
      { followedLeft: 1 },
      { followedLeft: 1 },
    ]);
  });

  it('names each newly suggested person once, by an id that is theirs alone', () => {
    const suggestion = (candidateId: string, offerId: string) =>
      ({ candidateId, offerId, candidateOrganizationId: 'org-a' }) as Suggestion;
    const events = firstSuggestionEvents(
      [suggestion('c1', 'o1')],
      [suggestion('c1', 'o1'), suggestion('c2', 'o1'), suggestion('c2', 'o2')],
      at,
    );
    expect(events.map((event) => event.id)).toEqual(['candidate:c2:first_suggestion']);
    const first = events[0];
    if (!first) throw new Error('no event');
    expect(reportingIncrements(first, context).map((item) => [item.dimension, item.counts])).toEqual([
      ['territory:t', { peopleReached: 1 }],
      ['org:org-a', { peopleReached: 1 }],
    ]);
  });

  it('reads the people followed at the end of a month from every month before it', () => {
    const record = (month: string, counts: CounterRecord['counts']): CounterRecord => ({
      dimension: 'org:org-a',
      month,
      counts,
      durations: {},
    });
    const history = [
      record('2026-01', { followedEntered: 5, peopleReached: 2 }),
      record('2026-02', { followedEntered: 1, followedLeft: 2, peopleReached: 1 }),
      record('2026-04', { followedEntered: 3 }),
    ];
    expect(peopleStocksAt(history, '2026-01')).toEqual({ peopleFollowed: 5, peopleWithSuggestion: 2 });
    expect(peopleStocksAt(history, '2026-03')).toEqual({ peopleFollowed: 4, peopleWithSuggestion: 3 });
    expect(peopleStocksAt(history, '2026-12')).toEqual({ peopleFollowed: 7, peopleWithSuggestion: 3 });
    expect(indicatorRow([]).peopleFollowed).toBeNull();
  });

  it('sums a batch’s increments per dimension and month, durations as histograms of day buckets', () => {
    const sums = sumIncrements([
      { dimension: 'org:a', month: '2026-01', counts: { answers: 1 }, durations: { daysToAnswer: 4 } },
      { dimension: 'org:a', month: '2026-01', counts: { answers: 1 }, durations: { daysToAnswer: 3 } },
      { dimension: 'org:a', month: '2026-02', counts: { answers: 1 }, durations: {} },
      { dimension: 'org:b', month: '2026-01', counts: { hires: 2 }, durations: {} },
    ]);
    expect(sums).toEqual([
      { dimension: 'org:a', month: '2026-01', counts: { answers: 2 }, durations: { daysToAnswer: { '3': 2 } } },
      { dimension: 'org:a', month: '2026-02', counts: { answers: 1 }, durations: {} },
      { dimension: 'org:b', month: '2026-01', counts: { hires: 2 }, durations: {} },
    ]);
  });
});
