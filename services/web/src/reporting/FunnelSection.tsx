import { Table } from '@codegouvfr/react-dsfr/Table';
import { funnelSummary } from './chartSummaries';
import type { DashboardFilters } from './dashboardFilters';
import { ExportButtons } from './ExportButtons';
import { formatCount, formatRate } from './format';
import type { FunnelStep } from './labels';
import { FunnelChart } from './LazyCharts';

/** From « retenue par un conseiller » to « embauchée »: the chart, then its figures as a table. */
export function FunnelSection({ steps, filters }: { steps: FunnelStep[]; filters: DashboardFilters }) {
  return (
    <section aria-labelledby="funnel-title" className="fr-mb-6w">
      <h2 id="funnel-title" className="fr-h4">
        Parcours des candidatures
      </h2>
      <p className="fr-text--sm">
        Combien de personnes franchissent chaque étape, et la part perdue depuis l’étape précédente.
      </p>
      <FunnelChart steps={steps} summary={funnelSummary(steps)} />
      <Table
        className="fr-mt-3w fr-mb-0"
        caption="Parcours des candidatures, étape par étape"
        headers={['Étape', 'Personnes', 'Perte depuis l’étape précédente']}
        data={steps.map((step) => [
          step.label,
          formatCount(step.count),
          step.dropFromPrevious === null ? '—' : formatRate(step.dropFromPrevious),
        ])}
      />
      <ExportButtons filters={filters} table="funnel" />
    </section>
  );
}
