import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useParams } from 'react-router';
import { useOffer } from '../offers/queries';
import { ErrorPage, Loaded } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { MatchActions } from './MatchActions';
import { ProposedPerson, personName } from './ProposalCard';
import { useOfferProposals } from './queries';

export function ProposalsPage() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  const proposals = useOfferProposals(id);
  return (
    <Loaded query={offer} what="Cette offre">
      {(loaded) => (
        <Page
          title={`Propositions pour « ${loaded.title} »`}
          before={
            <Breadcrumb
              currentPageLabel="Propositions"
              segments={[
                { label: 'Mes offres', linkProps: { to: '/offres' } },
                { label: loaded.title, linkProps: { to: `/offres/${loaded.id}` } },
              ]}
            />
          }
        >
          <p>
            Les conseillers vous proposent ces personnes, avec leur accord. Répondez à chaque proposition : une
            proposition sans réponse expire.
          </p>
          {proposals.isPending ? (
            <Loading what="les propositions" />
          ) : proposals.isError ? (
            <ErrorPage error={proposals.error} />
          ) : proposals.data.items.length === 0 ? (
            <p>Aucune personne ne vous a encore été proposée pour cette offre.</p>
          ) : (
            <ul className="fr-grid-row fr-grid-row--gutters" style={{ listStyle: 'none', paddingLeft: 0 }}>
              {proposals.data.items.map((match) => (
                <li key={match.id} className="fr-col-12 fr-col-lg-6">
                  <article className="fr-card fr-p-3w" aria-label={personName(match)} style={{ height: '100%' }}>
                    <ProposedPerson match={match} />
                    <MatchActions match={match} />
                    <Button
                      priority="tertiary"
                      iconId="fr-icon-arrow-right-line"
                      iconPosition="right"
                      linkProps={{ to: `/mises-en-relation/${match.id}` }}
                    >
                      Détail et historique
                      <span className="fr-sr-only"> de {personName(match)}</span>
                    </Button>
                  </article>
                </li>
              ))}
            </ul>
          )}
          {proposals.data?.more && <p>Seules les 100 premières propositions sont affichées.</p>}
        </Page>
      )}
    </Loaded>
  );
}
