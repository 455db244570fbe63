import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useParams } from 'react-router';
import { Loaded, NotFoundPage } from '../ui/ErrorPages';
import { formatDate } from '../ui/format';
import { Page } from '../ui/Page';
import { InviteUserForm } from './InviteUserForm';
import { organizationKindLabels, type Organization } from './labels';
import { organizationDetail } from './organizations';
import { OrganizationUsers } from './OrganizationUsers';
import { useTerritoryOrganizations } from './queries';

/** One organisation of the territory: its accounts, deactivated and reactivated, and an invitation. */
export function AdminOrganizationPage() {
  const { id = '' } = useParams();
  const organizations = useTerritoryOrganizations();
  return (
    <Loaded query={organizations}>
      {({ items }) => {
        const organization = items.find((candidate) => candidate.id === id);
        if (!organization) return <NotFoundPage what="Cette organisation" />;
        return <OrganizationView organization={organization} />;
      }}
    </Loaded>
  );
}

function OrganizationView({ organization }: { organization: Organization }) {
  const detail = organizationDetail(organization);
  return (
    <Page
      title={organization.name}
      before={
        <Breadcrumb
          currentPageLabel={organization.name}
          segments={[{ label: 'Organisations du territoire', linkProps: { to: '/administration' } }]}
        />
      }
    >
      <ul className="passerelle-admin-facts fr-mb-4w">
        <li>{organizationKindLabels[organization.kind]}</li>
        {detail !== '—' && <li>{detail}</li>}
        <li>Créée le {formatDate(organization.createdAt)}</li>
      </ul>
      <OrganizationUsers organization={organization} />
      <InviteUserForm organization={organization} />
    </Page>
  );
}
