import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link, useSearchParams } from 'react-router';
import { Loaded } from '../ui/ErrorPages';
import { formatDate } from '../ui/format';
import { Page } from '../ui/Page';
import { organizationKindLabels, type OrganizationKind } from './labels';
import { NewOrganizationForm } from './NewOrganizationForm';
import { byName, kindFilter, organizationDetail, pageOf, pageParam } from './organizations';
import { useTerritoryOrganizations } from './queries';

const kinds = Object.keys(organizationKindLabels) as OrganizationKind[];
const pageSize = 20;

const kindCaptions: Record<OrganizationKind, string> = {
  employer: 'Employeurs du territoire',
  insertion: 'Structures d’insertion du territoire',
  territory: 'Le territoire',
};

/** The organisations of the administrator's territory, by kind, and a new one. */
export function OrganizationsPage() {
  const organizations = useTerritoryOrganizations();
  const [params, setParams] = useSearchParams();
  const kind = kindFilter(params.get('type'));
  const linkTo = (page: number) => {
    const next = new URLSearchParams(kind ? { type: kind } : {});
    if (page > 1) next.set('page', String(page));
    return { to: `?${next.toString()}` };
  };

  return (
    <Page title="Organisations du territoire">
      <p>
        Les employeurs et les structures d’insertion que vous administrez : créez-les, puis invitez leurs membres depuis
        leur page.
      </p>
      <form
        className="fr-grid-row fr-grid-row--gutters"
        aria-label="Filtrer les organisations"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Type d’organisation"
            nativeSelectProps={{
              value: kind ?? '',
              onChange: (event) => setParams(event.target.value ? { type: event.target.value } : {}),
            }}
          >
            <option value="">Tous les types</option>
            {kinds.map((code) => (
              <option key={code} value={code}>
                {organizationKindLabels[code]}
              </option>
            ))}
          </Select>
        </div>
      </form>
      <Loaded query={organizations}>
        {({ items, complete }) => {
          const shown = byName(kind ? items.filter((organization) => organization.kind === kind) : items);
          const page = pageOf(shown, pageParam(params.get('page')), pageSize);
          return (
            <>
              <p role="status" className="fr-mt-2w fr-mb-1w">
                {shown.length === 0
                  ? 'Aucune organisation de ce type.'
                  : `${shown.length} organisation${shown.length > 1 ? 's' : ''}`}
              </p>
              {shown.length > 0 && (
                <Table
                  caption={kind ? kindCaptions[kind] : 'Organisations du territoire'}
                  noCaption
                  headers={['Nom', 'Type', 'SIRET ou type de structure', 'Créée le']}
                  data={page.items.map((organization) => [
                    <Link key="name" to={`/administration/organisations/${organization.id}`}>
                      {organization.name}
                    </Link>,
                    organizationKindLabels[organization.kind],
                    organizationDetail(organization),
                    formatDate(organization.createdAt),
                  ])}
                />
              )}
              {page.pageCount > 1 && (
                <Pagination
                  count={page.pageCount}
                  defaultPage={page.page}
                  showFirstLast
                  getPageLinkProps={(number) => linkTo(number)}
                />
              )}
              {!complete && (
                <p className="fr-text--sm">
                  Le territoire compte plus de 3 000 organisations : seules les 3 000 premières sont listées.
                </p>
              )}
            </>
          );
        }}
      </Loaded>
      <NewOrganizationForm />
    </Page>
  );
}
