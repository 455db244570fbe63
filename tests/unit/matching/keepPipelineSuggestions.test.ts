import { keepPipelineSuggestions } from '../../../shared/domain/matching/keepPipelineSuggestions';
import { pairKey, type Suggestion } from '../../../shared/domain/matching/suggestion';

const suggestion = (candidateId: string, stale: Suggestion['stale'] = null): Suggestion => ({
  offerId: 'offer',
  candidateId,
  offerOrganizationId: 'employer',
  candidateOrganizationId: 'structure',
  score: 60,
  breakdown: [],
  explanation: { met: [], missing: [] },
  offerVersion: 1,
  profileVersion: 1,
  computedAt: new Date('2026-11-20'),
  stale,
});
const now = new Date('2026-11-24');

describe('keeping pipeline suggestions', () => {
  it('keeps, flagged stale with the reason, what the pipeline holds and the computation no longer finds; drops the rest', () => {
    const merged = keepPipelineSuggestions({
      previous: [suggestion('kept'), suggestion('dropped'), suggestion('found again', { reason: 'x', since: now })],
      fresh: [suggestion('found again'), suggestion('new')],
      inPipeline: new Set([pairKey(suggestion('kept')), pairKey(suggestion('found again'))]),
      reasonFor: (item) => `raison pour ${item.candidateId}`,
      now,
    });

    expect(merged.map((item) => [item.candidateId, item.stale])).toEqual([
      ['found again', null],
      ['new', null],
      ['kept', { reason: 'raison pour kept', since: now }],
    ]);
  });

  it('keeps the first reason and date of a suggestion already stale', () => {
    const since = new Date('2026-11-01');
    const merged = keepPipelineSuggestions({
      previous: [suggestion('kept', { reason: 'première raison', since })],
      fresh: [],
      inPipeline: new Set([pairKey(suggestion('kept'))]),
      reasonFor: () => 'autre raison',
      now,
    });

    expect(merged[0]?.stale).toEqual({ reason: 'première raison', since });
  });
});
