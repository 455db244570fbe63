import { Button } from '@codegouvfr/react-dsfr/Button';
import { useSearchParams } from 'react-router';
import { useMe } from '../session/queries';
import { ErrorPage } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { dashboardFiltersFromParams, paramsFromDashboardFilters, type DashboardFilters } from './dashboardFilters';
import { DashboardFiltersForm } from './DashboardFiltersForm';
import { FunnelSection } from './FunnelSection';
import { IndicatorsSection } from './IndicatorsSection';
import { KeyFigures } from './KeyFigures';
import { useIndicators } from './queries';

const scopeHints = {
  admin: 'Les chiffres de votre territoire, ou d’une de ses organisations.',
  adviser: 'Les chiffres des personnes que suit votre structure.',
  employer: 'Les chiffres de vos offres.',
} as const;

/** Every role's figures of a period: key figures, the funnel, the trend, each with its table and exports. */
export function DashboardPage() {
  const me = useMe();
  if (me.isPending) return <Loading what="votre compte" />;
  if (me.isError) return <ErrorPage error={me.error} />;
  return <Dashboard role={me.data.user.role} />;
}

function Dashboard({ role }: { role: keyof typeof scopeHints }) {
  const [params, setParams] = useSearchParams();
  const filters = dashboardFiltersFromParams(params, new Date());
  const indicators = useIndicators(filters);
  const apply = (next: DashboardFilters) => setParams(paramsFromDashboardFilters(next), { replace: true });

  return (
    <Page title="Tableau de bord">
      <p className="fr-text--lead">{scopeHints[role]}</p>
      <DashboardFiltersForm key={params.toString()} filters={filters} isAdmin={role === 'admin'} onApply={apply} />
      {indicators.isPending ? (
        <Loading what="des indicateurs" />
      ) : indicators.isError ? (
        <ProblemAlert error={indicators.error} />
      ) : (
        <div aria-busy={indicators.isPlaceholderData}>
          <ul className="fr-tags-group fr-mb-3w" aria-label="Filtres appliqués">
            {indicators.data.filters.map((filter) => (
              <li key={filter.label}>
                <p className="fr-tag">
                  {filter.label} : {filter.value}
                </p>
              </li>
            ))}
          </ul>
          <KeyFigures total={indicators.data.total} />
          <FunnelSection steps={indicators.data.funnel} filters={filters} />
          <IndicatorsSection indicators={indicators.data} filters={filters} />
        </div>
      )}
      <section aria-labelledby="conventions-link-title" className="fr-mb-4w">
        <h2 id="conventions-link-title" className="fr-h4">
          Conventions
        </h2>
        <p>
          {role === 'admin'
            ? 'Suivez les objectifs des conventions signées avec les partenaires du territoire.'
            : 'Suivez les objectifs des conventions dont votre organisation est partenaire.'}
        </p>
        <Button priority="secondary" linkProps={{ to: '/conventions' }}>
          Voir les conventions
        </Button>
      </section>
    </Page>
  );
}
