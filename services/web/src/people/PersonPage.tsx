import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useParams, useSearchParams } from 'react-router';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { BarriersSection } from './BarriersSection';
import { candidateStatusLabels, candidateStatusSeverity, type Candidate } from './labels';
import { PersonMatches } from './PersonMatches';
import { PersonMessages } from './PersonMessages';
import { PersonOutcomes } from './PersonOutcomes';
import { PersonPrivacy } from './PersonPrivacy';
import { PersonProfile } from './PersonProfile';
import { useCandidate } from './queries';

const tabs = [
  { tabId: 'profil', label: 'Profil' },
  { tabId: 'freins', label: 'Freins périphériques' },
  { tabId: 'mises-en-relation', label: 'Mises en relation' },
  { tabId: 'sorties', label: 'Sorties' },
  { tabId: 'messages', label: 'Messages envoyés' },
  { tabId: 'donnees', label: 'Données personnelles' },
] as const;
type TabId = (typeof tabs)[number]['tabId'];

export function PersonPage() {
  const { id = '' } = useParams();
  const candidate = useCandidate(id);
  return (
    <Loaded query={candidate} what="Cette personne">
      {(loaded) => <LoadedPerson candidate={loaded} />}
    </Loaded>
  );
}

function LoadedPerson({ candidate }: { candidate: Candidate }) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('onglet');
  const tab: TabId = tabs.some((other) => other.tabId === asked) ? (asked as TabId) : 'profil';
  const name = `${candidate.contact.firstName} ${candidate.contact.lastName}`;
  const consented = candidate.consent?.shareWithEmployers === true;
  const choose = (tabId: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('modifier');
        if (tabId === 'profil') next.delete('onglet');
        else next.set('onglet', tabId);
        return next;
      },
      { replace: true },
    );

  return (
    <Page
      title={name}
      before={
        <Breadcrumb
          currentPageLabel={name}
          segments={[{ label: 'Personnes suivies', linkProps: { to: '/personnes' } }]}
        />
      }
    >
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge severity={candidateStatusSeverity[candidate.status]} noIcon>
            {candidateStatusLabels[candidate.status]}
          </Badge>
        </li>
        <li>
          <Badge severity={consented ? 'success' : 'warning'} noIcon>
            {consented ? 'Accepte d’être présentée' : 'Sans consentement'}
          </Badge>
        </li>
      </ul>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
        <li>
          <Button iconId="fr-icon-search-line" linkProps={{ to: `/personnes/${candidate.id}/suggestions` }}>
            Voir les offres suggérées
          </Button>
        </li>
      </ul>
      <Tabs label={`Dossier de ${name}`} tabs={[...tabs]} selectedTabId={tab} onTabChange={choose}>
        {tab === 'profil' && <PersonProfile candidate={candidate} />}
        {tab === 'freins' && <BarriersSection candidateId={candidate.id} />}
        {tab === 'mises-en-relation' && <PersonMatches candidateId={candidate.id} />}
        {tab === 'sorties' && <PersonOutcomes candidateId={candidate.id} />}
        {tab === 'messages' && <PersonMessages candidate={candidate} />}
        {tab === 'donnees' && <PersonPrivacy candidate={candidate} />}
      </Tabs>
    </Page>
  );
}
