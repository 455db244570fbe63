import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useLocation, useParams } from 'react-router';
import { useOffer, type Offer } from '../offers/queries';
import { useMatchesOf } from '../pipeline/queries';
import { ErrorPage, Loaded } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { OfferSummary } from './OfferSummary';
import { useOfferSuggestions } from './queries';
import { SuggestionCard } from './SuggestionCard';
import { SuggestionListFacts } from './SuggestionListFacts';
import { WhyNotPanel } from './WhyNotPanel';

/** An offer as an adviser reads it, with the people of their organisation suggested for it. */
export function AdviserOfferPage() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  return (
    <Loaded query={offer} what="Cette offre">
      {(loaded) => <OfferWithSuggestions offer={loaded} />}
    </Loaded>
  );
}

function OfferWithSuggestions({ offer }: { offer: Offer }) {
  const onSuggestions = useLocation().pathname.endsWith('/suggestions');
  return (
    <Page
      title={onSuggestions ? `Personnes suggérées pour « ${offer.title} »` : offer.title}
      heading={offer.title}
      before={
        <Breadcrumb
          currentPageLabel={onSuggestions ? 'Personnes suggérées' : offer.title}
          segments={[
            { label: 'Offres', linkProps: { to: '/offres' } },
            ...(onSuggestions ? [{ label: offer.title, linkProps: { to: `/offres/${offer.id}` } }] : []),
          ]}
        />
      }
    >
      <OfferSummary offer={offer} />
      <OfferSuggestions offerId={offer.id} />
      <WhyNotPanel offerId={offer.id} />
    </Page>
  );
}

function OfferSuggestions({ offerId }: { offerId: string }) {
  const { list, refresh } = useOfferSuggestions(offerId);
  const matches = useMatchesOf({ offerId });
  const matchOf = (candidateId: string) => matches.data?.find((match) => match.candidateId === candidateId) ?? null;
  return (
    <section aria-labelledby="suggestions-title" className="fr-mb-4w">
      <h2 id="suggestions-title" className="fr-h4">
        Personnes de votre organisation suggérées
      </h2>
      {list.isPending ? (
        <Loading what="les suggestions" />
      ) : list.isError ? (
        <ErrorPage error={list.error} />
      ) : (
        <>
          <SuggestionListFacts list={list.data} subject="l’offre" refresh={refresh} />
          {list.data.items.length === 0 ? (
            <p>Aucune personne de votre organisation ne correspond à cette offre pour l’instant.</p>
          ) : (
            <ul className="fr-grid-row fr-grid-row--gutters passerelle-plain-list">
              {list.data.items.map((suggestion) => {
                const person = suggestion.counterpart;
                const name = `${person.contact.firstName} ${person.contact.lastName}`;
                return (
                  <li key={person.id} className="fr-col-12">
                    <SuggestionCard
                      suggestion={suggestion}
                      title={name}
                      titleLink={`/personnes/${person.id}`}
                      details={
                        <p className="fr-mb-0 fr-text--sm">
                          Recherche : {person.desiredJobs.map((job) => job.label).join(', ') || '—'}
                        </p>
                      }
                      match={matchOf(person.id)}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
