import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { formatDay } from './format';
import { conventionTargetLabels, sectorLabels, type Convention } from './labels';
import { NewConventionForm } from './NewConventionForm';
import { useConventions } from './queries';

/** The conventions a user may read; an administrator also records new ones here. */
export function ConventionsPage() {
  const me = useMe();
  const conventions = useConventions();
  const isAdmin = me.data?.user.role === 'admin';
  return (
    <Loaded query={conventions} what="Ces conventions">
      {(page) => (
        <Page title="Conventions">
          <p className="fr-text--lead">
            {isAdmin
              ? 'Les conventions signées avec les partenaires de votre territoire, et leurs objectifs.'
              : 'Les conventions dont votre organisation est partenaire, et où en sont leurs objectifs.'}
          </p>
          <ConventionList items={page.items} />
          {isAdmin && <NewConventionForm />}
        </Page>
      )}
    </Loaded>
  );
}

function ConventionList({ items }: { items: Convention[] }) {
  if (items.length === 0) return <p>Aucune convention pour l’instant.</p>;
  return (
    <Table
      caption="Conventions"
      headers={['Convention', 'Période', 'Secteur', 'Département', 'Partenaires', 'Objectifs']}
      data={items.map((convention) => [
        <Link key="name" to={`/conventions/${convention.id}`}>
          {convention.name}
        </Link>,
        `du ${formatDay(convention.period.from)} au ${formatDay(convention.period.to)}`,
        convention.sector ? sectorLabels[convention.sector] : 'Tous',
        convention.departmentCode ?? 'Tout le territoire',
        String(convention.partnerIds.length),
        convention.targets.map((target) => conventionTargetLabels[target.kind]).join(', '),
      ])}
    />
  );
}
