import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTerritoryOrganizations } from '../administration/queries';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { formatDay, formatRate } from './format';
import { conventionStatusLabels, conventionStatusSeverity, sectorLabels, type ConventionWithProgress } from './labels';
import { useConvention } from './queries';
import { TargetProgress } from './TargetProgress';

export function ConventionPage() {
  const { id = '' } = useParams();
  const convention = useConvention(id);
  return (
    <Loaded query={convention} what="Cette convention">
      {(loaded) => <LoadedConvention loaded={loaded} />}
    </Loaded>
  );
}

function LoadedConvention({ loaded }: { loaded: ConventionWithProgress }) {
  const { convention, progress } = loaded;
  const me = useMe();
  const isAdmin = me.data?.user.role === 'admin';
  return (
    <Page
      title={convention.name}
      before={
        <Breadcrumb
          currentPageLabel={convention.name}
          segments={[{ label: 'Conventions', linkProps: { to: '/conventions' } }]}
        />
      }
    >
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge severity={conventionStatusSeverity[progress.status]} noIcon>
            {conventionStatusLabels[progress.status]}
          </Badge>
        </li>
      </ul>
      <dl className="passerelle-facts fr-mb-4w">
        {(
          [
            [
              'Période',
              `du ${formatDay(convention.period.from)} au ${formatDay(convention.period.to)} (${formatRate(progress.elapsedShare)} écoulée)`,
            ],
            ['Secteur', convention.sector ? sectorLabels[convention.sector] : 'Tous les secteurs'],
            ['Département', convention.departmentCode ?? 'Tout le territoire'],
            [
              'Partenaires',
              isAdmin ? (
                <PartnerNames partnerIds={convention.partnerIds} />
              ) : (
                `${convention.partnerIds.length} organisation(s), dont la vôtre`
              ),
            ],
          ] satisfies [string, ReactNode][]
        ).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="fr-h4">Objectifs</h2>
      <ul className="passerelle-targets">
        {progress.targets.map((target, index) => (
          <TargetProgress key={target.kind} target={target} index={index} />
        ))}
      </ul>
    </Page>
  );
}

/** The partners' names, from the territory's organisations (which only an administrator reads). */
function PartnerNames({ partnerIds }: { partnerIds: readonly string[] }) {
  const organizations = useTerritoryOrganizations();
  if (!organizations.data) return <>{`${partnerIds.length} organisation(s)`}</>;
  const names = new Map(organizations.data.items.map((organization) => [organization.id, organization.name]));
  return <>{partnerIds.map((id) => names.get(id) ?? 'organisation retirée').join(', ')}</>;
}
