import { outcomeBody, emptyOutcomeDraft } from '../../../services/web/src/people/outcomeForm';
import { funnelSummary, trendSummary } from '../../../services/web/src/reporting/chartSummaries';
import { conventionBody, emptyConventionDraft, targetErrors } from '../../../services/web/src/reporting/conventionForm';
import {
  dashboardFiltersFromParams,
  indicatorsQuery,
  paramsFromDashboardFilters,
} from '../../../services/web/src/reporting/dashboardFilters';
import { fileNameOf } from '../../../services/web/src/reporting/fileName';
import { formatCount, formatDays, formatMonth, formatRate } from '../../../services/web/src/reporting/format';
import { quickPeriod, quickPeriodOf } from '../../../services/web/src/reporting/period';

// 14 May 2026, noon, in the test's time zone.
const today = new Date(2026, 4, 14, 12);
const space = /[\u202f\u00a0]/g;

describe('the dashboard’s quick periods', () => {
  it('gives the month, the quarter, the year and the 12 months that end with this month', () => {
    expect(quickPeriod('month', today)).toEqual({ from: '2026-05', to: '2026-05' });
    expect(quickPeriod('quarter', today)).toEqual({ from: '2026-04', to: '2026-06' });
    expect(quickPeriod('year', today)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(quickPeriod('last12', today)).toEqual({ from: '2025-06', to: '2026-05' });
  });

  it('recognises a quick choice from its months, and nothing for other months', () => {
    expect(quickPeriodOf({ from: '2026-04', to: '2026-06' }, today)).toBe('quarter');
    expect(quickPeriodOf({ from: '2026-02', to: '2026-03' }, today)).toBeNull();
  });
});

describe('the dashboard’s filters in the address', () => {
  it('reads back what it wrote', () => {
    const filters = {
      from: '2026-01',
      to: '2026-03',
      sector: 'transport_logistics' as const,
      organizationId: '0123456789abcdef01234567',
      groupBy: 'sector' as const,
    };
    expect(dashboardFiltersFromParams(paramsFromDashboardFilters(filters), today)).toEqual(filters);
    const byOrganization = { ...filters, groupBy: 'organization' as const };
    expect(paramsFromDashboardFilters(byOrganization).get('par')).toBe('organisation');
    expect(dashboardFiltersFromParams(paramsFromDashboardFilters(byOrganization), today)).toEqual(byOrganization);
  });

  it('falls back to the last 12 months and ignores what it does not know', () => {
    const params = new URLSearchParams({
      du: '2026-13',
      au: '2026-02',
      secteur: 'mines',
      organisation: 'x',
      par: 'employeur',
    });
    expect(dashboardFiltersFromParams(params, today)).toEqual({
      from: '2025-06',
      to: '2026-05',
      sector: '',
      organizationId: '',
      groupBy: 'month',
    });
  });

  it('sends the API only the filters that are set', () => {
    expect(
      indicatorsQuery({ from: '2026-01', to: '2026-01', sector: '', organizationId: '', groupBy: 'month' }),
    ).toEqual({ from: '2026-01', to: '2026-01', groupBy: 'month' });
  });
});

describe('French figures', () => {
  it('writes counts, rates to one decimal, days and months the French way', () => {
    expect(formatCount(12345).replace(space, ' ')).toBe('12 345');
    expect(formatRate(0.4251).replace(space, ' ')).toBe('42,5 %');
    expect(formatRate(null)).toBe('—');
    expect(formatDays(1)).toBe('1 jour');
    expect(formatDays(3)).toBe('3 jours');
    expect(formatMonth('2026-03')).toBe('mars 2026');
    expect(formatMonth('Transport et logistique')).toBe('Transport et logistique');
  });

  it('summarises the funnel and the trend for a screen reader', () => {
    expect(
      funnelSummary([
        { step: 'shortlisted', label: 'Retenues', count: 4, dropFromPrevious: null },
        { step: 'proposals', label: 'Proposées', count: 3, dropFromPrevious: 0.25 },
      ]).replace(space, ' '),
    ).toBe('Parcours des candidatures, en barres horizontales. Retenues : 4 ; Proposées : 3 (perte de 25,0 %).');
    expect(trendSummary(['2026-01', '2026-02'], [{ label: 'Embauches', values: [1, 2] }])).toBe(
      'Évolution par mois de janvier 2026 à février 2026, en courbes. Embauches : 3 au total. Le détail est dans le tableau qui suit.',
    );
  });
});

describe('the file name of an export', () => {
  it('reads the Content-Disposition header, encoded or plain, else the fallback', () => {
    expect(fileNameOf('attachment; filename="passerelle-indicateurs-2026-01-2026-12.csv"', 'x')).toBe(
      'passerelle-indicateurs-2026-01-2026-12.csv',
    );
    expect(fileNameOf("attachment; filename*=UTF-8''r%C3%A9sultats.xlsx", 'x')).toBe('résultats.xlsx');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });
});

describe('the new convention form', () => {
  it('sends the rate as a share, only the targets filled, and null for an empty scope', () => {
    const draft = emptyConventionDraft();
    draft.name = ' Convention logistique ';
    draft.partnerIds = ['a'];
    draft.from = '2026-01-01';
    draft.to = '2026-12-31';
    draft.targets.recruited = '40';
    draft.targets.positive_outcome_rate = '62,5';
    const { body, targetOrder } = conventionBody(draft);
    expect(body).toEqual({
      name: 'Convention logistique',
      partnerIds: ['a'],
      sector: null,
      departmentCode: null,
      period: { from: '2026-01-01', to: '2026-12-31' },
      targets: [
        { kind: 'recruited', value: 40 },
        { kind: 'positive_outcome_rate', value: 0.625 },
      ],
    });
    expect(targetErrors({ 'targets.1.value': 'au plus 1', name: 'trop court' }, targetOrder)).toEqual({
      positive_outcome_rate: 'au plus 1',
    });
  });
});

describe('the outcome form', () => {
  it('sends the contract only for an employment and « qualifiante » only for a training', () => {
    const draft = {
      ...emptyOutcomeDraft('2026-05-14'),
      contractType: 'cdd' as const,
      durationMonths: '6',
      qualifying: 'yes' as const,
    };
    expect(outcomeBody({ ...draft, kind: 'employment', subsidised: true })).toMatchObject({
      contractType: 'cdd',
      durationMonths: 6,
      subsidised: true,
      qualifying: null,
    });
    expect(outcomeBody({ ...draft, kind: 'training', subsidised: true })).toMatchObject({
      contractType: null,
      durationMonths: null,
      subsidised: false,
      qualifying: true,
    });
  });
});
