import { funnelOf, indicatorRow } from '../../../shared/domain/reporting/indicatorRows';
import { reportingIncrements } from '../../../shared/domain/reporting/reportingIncrements';
import { histogramMedian, monthOf, monthsBetween } from '../../../shared/domain/reporting/reportingMeasures';
import type { DomainEvent } from '../../../shared/ports/DomainEvents';

const transition = (action: string, from: string, at = new Date('2026-11-30T23:30:00Z')): DomainEvent => ({
  id: `e-${action}`,
  type: 'match.transitioned',
  at,
  data: { action, from, candidateOrganizationId: 'org-a', offerOrganizationId: 'emp-b', offerId: 'o', matchId: 'm' },
});

describe('reporting increments (pure)', () => {
  it('spreads a fact over its territory and organisations, each also crossed with the sector, in the Paris month', () => {
    const increments = reportingIncrements(transition('propose', 'shortlisted'), {
      sector: 'industry',
      proposedAt: null,
      territoryId: 't',
    });
    // 23:30 UTC on 30 November is 00:30 on 1 December in Paris.
    expect(increments.map((item) => [item.dimension, item.month])).toEqual([
      ['territory:t', '2026-12'],
      ['org:org-a', '2026-12'],
      ['employer:emp-b', '2026-12'],
      ['territory:t|sector:industry', '2026-12'],
      ['org:org-a|sector:industry', '2026-12'],
      ['employer:emp-b|sector:industry', '2026-12'],
    ]);
    expect(increments[0]?.counts).toEqual({ proposals: 1 });
  });

  it('counts an employer’s first answer with its delay, and steps that report nothing as nothing', () => {
    const [answer] = reportingIncrements(transition('decline', 'proposed'), {
      sector: null,
      proposedAt: new Date('2026-11-20T10:00:00Z'),
      territoryId: 't',
    });
    expect(answer).toMatchObject({ counts: { answers: 1 }, durations: { daysToAnswer: 10 } });
    expect(
      reportingIncrements(transition('decline', 'interview_requested'), {
        sector: null,
        proposedAt: null,
        territoryId: 't',
      }),
    ).toEqual([]);
    expect(
      reportingIncrements(transition('share_contact', 'interview_scheduled'), {
        sector: null,
        proposedAt: null,
        territoryId: 't',
      }),
    ).toEqual([]);
  });

  it('counts outcomes in the month of their date, by class', () => {
    const [increment] = reportingIncrements(
      {
        id: 'o1',
        type: 'outcome.recorded',
        at: new Date('2026-12-01T10:00:00Z'),
        data: {
          outcomeId: 'x',
          candidateOrganizationId: 'org-a',
          employerOrganizationId: null,
          kind: 'training',
          outcomeClass: 'positive_exit',
          sector: null,
          date: '2026-10-05T00:00:00.000Z',
        },
      },
      { sector: null, proposedAt: null, territoryId: 't' },
    );
    expect(increment).toMatchObject({
      month: '2026-10',
      counts: { outcomes: 1, positiveExits: 1, positiveOutcomes: 1, trained: 1 },
    });
  });
});

describe('rows, rates, medians and the funnel', () => {
  it('sums records, derives the rates and reads the median from the histogram', () => {
    const row = indicatorRow([
      {
        dimension: 'd',
        month: '2026-01',
        counts: { proposals: 4, answers: 3, hires: 1 },
        durations: { daysToAnswer: { '1': 1, '7': 1 } },
      },
      {
        dimension: 'd',
        month: '2026-02',
        counts: { proposals: 6, answers: 1 },
        durations: { daysToAnswer: { '14': 2 } },
      },
    ]);
    expect(row).toMatchObject({ proposals: 10, answers: 4, hires: 1, answerRate: 0.4, positiveOutcomeRate: null });
    expect(row.medianDaysToAnswer).toBe(7);
    expect(funnelOf({ ...row, shortlisted: 20 }).map((step) => [step.step, step.count, step.dropFromPrevious])).toEqual(
      [
        ['shortlisted', 20, null],
        ['proposals', 10, 0.5],
        ['interviewRequests', 0, 1],
        ['interviews', 0, null],
        ['hires', 1, null],
      ],
    );
  });

  it('lists the months of a period and finds none in a reversed one', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
    expect(monthOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07');
    expect(histogramMedian({})).toBeNull();
  });
});
