import { Button } from '@codegouvfr/react-dsfr/Button';
import type { DashboardFilters } from './dashboardFilters';
import { useExportIndicators, type ExportRequest } from './queries';
import { ProblemAlert } from '../ui/ProblemAlert';

const tableNames: Record<ExportRequest['table'], string> = {
  indicators: 'le tableau des indicateurs',
  funnel: 'le parcours des candidatures',
};

/** « Exporter en CSV » and « Exporter en XLSX » for one table, with the filters shown on the page. */
export function ExportButtons({ filters, table }: { filters: DashboardFilters; table: ExportRequest['table'] }) {
  const exported = useExportIndicators(filters);
  const busy = exported.isPending;
  const exportAs = (format: ExportRequest['format']) => exported.mutate({ table, format });
  return (
    <>
      <ProblemAlert error={exported.error} />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left fr-mt-2w">
        {(['csv', 'xlsx'] as const).map((format) => (
          <li key={format}>
            <Button
              priority="secondary"
              size="small"
              iconId="fr-icon-download-line"
              disabled={busy}
              onClick={() => exportAs(format)}
            >
              {`Exporter en ${format.toUpperCase()}`}
              <span className="fr-sr-only"> {tableNames[table]}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
