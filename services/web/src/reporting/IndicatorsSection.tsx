import { Table } from '@codegouvfr/react-dsfr/Table';
import { trendSummary } from './chartSummaries';
import type { DashboardFilters } from './dashboardFilters';
import { ExportButtons } from './ExportButtons';
import { formatCount, formatDays, formatMonth, formatRate, formatShortMonth } from './format';
import type { Indicators } from './labels';
import { TrendChart } from './LazyCharts';

const titles: Record<DashboardFilters['groupBy'], string> = {
  month: 'Évolution mois par mois',
  sector: 'Indicateurs par secteur',
  organization: 'Indicateurs par organisation',
};
const firstColumns: Record<DashboardFilters['groupBy'], string> = {
  month: 'Mois',
  sector: 'Secteur',
  organization: 'Organisation',
};

/**
 * The rows of the period (one per month, sector or organisation) with the total: by month, a chart of the
 * trend comes first; the table holds every figure the chart draws, and more.
 */
export function IndicatorsSection({ indicators, filters }: { indicators: Indicators; filters: DashboardFilters }) {
  const byMonth = filters.groupBy === 'month';
  const labels = indicators.rows.map((row) => row.label);
  const series = [
    { label: 'Propositions', values: indicators.rows.map((row) => row.figures.proposals) },
    { label: 'Embauches', values: indicators.rows.map((row) => row.figures.hires) },
    { label: 'Sorties positives', values: indicators.rows.map((row) => row.figures.positiveOutcomes) },
  ];
  const rows = [...indicators.rows, { label: 'Total', figures: indicators.total }];
  return (
    <section aria-labelledby="indicators-title" className="fr-mb-6w">
      <h2 id="indicators-title" className="fr-h4">
        {titles[filters.groupBy]}
      </h2>
      {byMonth && (
        <TrendChart labels={labels.map(formatShortMonth)} series={series} summary={trendSummary(labels, series)} />
      )}
      <Table
        className="fr-mt-3w fr-mb-0"
        caption={`Détail par ${firstColumns[filters.groupBy].toLowerCase()} et total de la période`}
        headers={[
          firstColumns[filters.groupBy],
          'Offres publiées',
          'Offres pourvues',
          'Propositions',
          'Taux de réponse',
          'Délai médian de réponse',
          'Entretiens',
          'Embauches',
          'Sorties',
          'Sorties positives',
          'Taux de sorties positives',
        ]}
        data={rows.map(({ label, figures }) => [
          label === 'Total' ? <strong key="label">Total</strong> : formatMonth(label),
          formatCount(figures.offersPublished),
          formatCount(figures.offersFilled),
          formatCount(figures.proposals),
          formatRate(figures.answerRate),
          formatDays(figures.medianDaysToAnswer),
          formatCount(figures.interviews),
          formatCount(figures.hires),
          formatCount(figures.outcomes),
          formatCount(figures.positiveOutcomes),
          formatRate(figures.positiveOutcomeRate),
        ])}
      />
      <ExportButtons filters={filters} table="indicators" />
    </section>
  );
}
