import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useParams } from 'react-router';
import { useCandidate, useMatchesOf, type Candidate } from '../pipeline/queries';
import { ErrorPage, Loaded } from '../ui/ErrorPages';
import { formatDate } from '../ui/format';
import { contractTypeLabels } from '../ui/labels';
import { Loading, Page } from '../ui/Page';
import { useCandidateSuggestions } from './queries';
import { SuggestionCard } from './SuggestionCard';
import { SuggestionListFacts } from './SuggestionListFacts';
import { WhyNotPanel } from './WhyNotPanel';

/** The published offers that fit a person, best first, with the adviser's steps in place. */
export function PersonSuggestionsPage() {
  const { id = '' } = useParams();
  const candidate = useCandidate(id);
  return (
    <Loaded query={candidate} what="Cette personne">
      {(loaded) => <PersonSuggestions candidate={loaded} />}
    </Loaded>
  );
}

function PersonSuggestions({ candidate }: { candidate: Candidate }) {
  const name = `${candidate.contact.firstName} ${candidate.contact.lastName}`;
  const { list, refresh } = useCandidateSuggestions(candidate.id);
  const matches = useMatchesOf({ candidateId: candidate.id });
  const matchOf = (offerId: string) => matches.data?.find((match) => match.offerId === offerId) ?? null;
  return (
    <Page
      title={`Offres suggérées pour ${name}`}
      before={
        <Breadcrumb
          currentPageLabel="Offres suggérées"
          segments={[
            { label: 'Personnes suivies', linkProps: { to: '/personnes' } },
            { label: name, linkProps: { to: `/personnes/${candidate.id}` } },
          ]}
        />
      }
    >
      <p>
        Recherche : {candidate.desiredJobs.map((job) => job.label).join(', ') || '—'} — autour de{' '}
        {candidate.homeCommune.name} ({candidate.mobility.maxDistanceKm} km).
      </p>
      {list.isPending ? (
        <Loading what="les suggestions" />
      ) : list.isError ? (
        <ErrorPage error={list.error} />
      ) : (
        <>
          <SuggestionListFacts list={list.data} subject="le profil" refresh={refresh} />
          <h2 className="fr-h4">
            {list.data.items.length === 0
              ? 'Aucune offre suggérée pour l’instant'
              : `${list.data.items.length} offre${list.data.items.length > 1 ? 's' : ''} suggérée${list.data.items.length > 1 ? 's' : ''}`}
          </h2>
          <ul className="fr-grid-row fr-grid-row--gutters passerelle-plain-list fr-mb-4w">
            {list.data.items.map((suggestion) => {
              const offer = suggestion.counterpart;
              return (
                <li key={offer.id} className="fr-col-12">
                  <SuggestionCard
                    suggestion={suggestion}
                    title={offer.title}
                    titleLink={`/offres/${offer.id}`}
                    details={
                      <p className="fr-mb-0 fr-text--sm">
                        {offer.job.label} — {contractTypeLabels[offer.contractType]} — {offer.location.name}
                        {offer.expiresAt ? ` — jusqu’au ${formatDate(offer.expiresAt)}` : ''}
                      </p>
                    }
                    match={matchOf(offer.id)}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <WhyNotPanel candidateId={candidate.id} />
    </Page>
  );
}
