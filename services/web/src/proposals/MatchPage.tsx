import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useId } from 'react';
import { useParams } from 'react-router';
import type { EmployerMatch } from '../api/employerMatch';
import { useOffer } from '../offers/queries';
import { Loaded } from '../ui/ErrorPages';
import { formatDateTime } from '../ui/format';
import { matchStepLabels, reasonLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import { MatchActions } from './MatchActions';
import { ProposedPerson, personName } from './ProposalCard';
import { useMatch } from './queries';

export function MatchPage() {
  const { id = '' } = useParams();
  const match = useMatch(id);
  return (
    <Loaded query={match} what="Cette mise en relation">
      {(loaded) => <MatchDetails match={loaded} />}
    </Loaded>
  );
}

function MatchDetails({ match }: { match: EmployerMatch }) {
  const offer = useOffer(match.offerId);
  const offerTitle = offer.data?.title ?? 'L’offre';
  return (
    <Page
      title={`${personName(match)} — ${offerTitle}`}
      heading={personName(match)}
      before={
        <Breadcrumb
          currentPageLabel={personName(match)}
          segments={[
            { label: 'Mes offres', linkProps: { to: '/offres' } },
            { label: offerTitle, linkProps: { to: `/offres/${match.offerId}` } },
            { label: 'Propositions', linkProps: { to: `/offres/${match.offerId}/propositions` } },
          ]}
        />
      }
    >
      <p className="fr-text--lead">Proposée pour l’offre « {offerTitle} »</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <ProposedPerson match={match} headingLevel={2} />
          <MatchActions match={match} />
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          <Interview match={match} />
          <Contact match={match} />
          <History match={match} />
        </div>
      </div>
    </Page>
  );
}

function Interview({ match }: { match: EmployerMatch }) {
  const id = useId();
  if (!match.interview) return null;
  const { interview } = match;
  return (
    <section className="fr-mb-4w" aria-labelledby={id}>
      <h2 id={id} className="fr-h5">
        Entretien
      </h2>
      <p className="fr-mb-1w">Le {formatDateTime(interview.at)}</p>
      <p className="fr-mb-1w">
        {interview.place ? `Lieu : ${interview.place}` : interview.videoUrl ? `En visio : ${interview.videoUrl}` : null}
      </p>
      <p>Personne à demander : {interview.contactName}</p>
    </section>
  );
}

function Contact({ match }: { match: EmployerMatch }) {
  const contact = match.candidate.contact;
  const id = useId();
  return (
    <section className="fr-mb-4w" aria-labelledby={id}>
      <h2 id={id} className="fr-h5">
        Coordonnées
      </h2>
      {contact ? (
        <ul>
          {contact.email && (
            <li>
              E-mail : <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          )}
          {contact.mobile && (
            <li>
              Téléphone : <a href={`tel:${contact.mobile}`}>{contact.mobile}</a>
            </li>
          )}
        </ul>
      ) : (
        <Alert
          severity="info"
          small
          description="Les coordonnées de la personne apparaîtront ici une fois l’entretien planifié et son accord recueilli par son conseiller."
        />
      )}
    </section>
  );
}

function History({ match }: { match: EmployerMatch }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="fr-h5">
        Historique
      </h2>
      <ol className="fr-pl-2w">
        {[...match.history].reverse().map((step, index) => (
          <li key={`${step.at}-${index}`} className="fr-mb-2w">
            <p className="fr-mb-0 fr-text--bold">{matchStepLabels[step.action]}</p>
            <p className="fr-mb-0 fr-text--sm">{formatDateTime(step.at)}</p>
            {step.reason && <p className="fr-mb-0 fr-text--sm">Motif : {reasonLabels[step.reason]}</p>}
            {step.comment && (
              <p className="fr-mb-0 fr-text--sm" style={{ whiteSpace: 'pre-line' }}>
                « {step.comment} »
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
