import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { Link, useLocation, useSearchParams } from 'react-router';
import { formatDate } from '../ui/format';
import { ErrorPage } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { candidateStatusLabels, candidateStatusSeverity } from './labels';
import { PeopleFiltersForm } from './PeopleFiltersForm';
import { filtersFromParams, pageCount, paramsFromFilters, type PeopleFilters } from './peopleFilters';
import { useCaseload, type CaseloadRow } from './queries';

function row({ candidate, currentSuggestions, openMatches, waitingForAnswer, lastActivityAt }: CaseloadRow) {
  const name = `${candidate.contact.firstName} ${candidate.contact.lastName}`;
  const consented = candidate.consent?.shareWithEmployers === true;
  return [
    <Link key="name" to={`/personnes/${candidate.id}`}>
      {name}
    </Link>,
    <Badge key="status" small noIcon severity={candidateStatusSeverity[candidate.status]}>
      {candidateStatusLabels[candidate.status]}
    </Badge>,
    consented ? 'Oui' : 'Non',
    candidate.desiredJobs.map((job) => job.label).join(', '),
    String(currentSuggestions),
    waitingForAnswer > 0 ? `${openMatches} (dont ${waitingForAnswer} en attente de l’employeur)` : String(openMatches),
    formatDate(lastActivityAt),
  ];
}

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const erased = (location.state as { erased?: string } | null)?.erased;
  const filters = filtersFromParams(params);
  const caseload = useCaseload(filters);
  const apply = (next: PeopleFilters) => setParams(paramsFromFilters(next));
  const pageLink = (page: number) => `/personnes?${paramsFromFilters({ ...filters, page }).toString()}`;

  const list = caseload.isPending ? (
    <Loading what="la liste" />
  ) : caseload.isError ? (
    <ErrorPage error={caseload.error} />
  ) : (
    <>
      <p role="status" className="fr-mb-1w">
        {caseload.data.total === 0
          ? 'Aucune personne ne correspond.'
          : `${caseload.data.total} personne${caseload.data.total > 1 ? 's' : ''}`}
      </p>
      {caseload.data.items.length > 0 && (
        <Table
          caption={filters.scope === 'mine' ? 'Personnes que je suis' : 'Personnes suivies par mon organisation'}
          headers={[
            'Nom',
            'Situation',
            'Consentement',
            'Métiers recherchés',
            'Suggestions en cours',
            'Mises en relation ouvertes',
            'Dernière activité',
          ]}
          data={caseload.data.items.map(row)}
        />
      )}
      {pageCount(caseload.data.total) > 1 && (
        <Pagination
          count={pageCount(caseload.data.total)}
          defaultPage={filters.page}
          getPageLinkProps={(page) => ({ to: pageLink(page) })}
        />
      )}
    </>
  );

  return (
    <Page title="Personnes suivies">
      {erased && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          description={`Les données de ${erased} ont été effacées.`}
        />
      )}
      <div className="passerelle-page-actions fr-mb-3w">
        <Button iconId="fr-icon-user-add-line" linkProps={{ to: '/personnes/nouvelle' }}>
          Nouvelle personne
        </Button>
      </div>
      <Tabs
        label="Quelles personnes"
        selectedTabId={filters.scope}
        tabs={[
          { tabId: 'mine', label: 'Personnes que je suis' },
          { tabId: 'organization', label: 'Toute mon organisation' },
        ]}
        onTabChange={(scope) =>
          apply({ ...filters, scope: scope === 'organization' ? 'organization' : 'mine', page: 1 })
        }
      >
        <PeopleFiltersForm key={params.toString()} filters={filters} onApply={apply} />
        {list}
      </Tabs>
    </Page>
  );
}
