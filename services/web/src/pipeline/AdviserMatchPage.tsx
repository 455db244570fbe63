import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { ExplanationLines } from '../adviserOffers/ExplanationLines';
import { ScoreBreakdown } from '../adviserOffers/ScoreBreakdown';
import { useOffer } from '../offers/queries';
import { Loaded } from '../ui/ErrorPages';
import { formatDate, formatDateTime } from '../ui/format';
import { contractTypeLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import type { AdviserMatch } from './adviserMatch';
import { AdviserMatchActions } from './AdviserMatchActions';
import { AdviserStatusBadge } from './AdviserStatusBadge';
import { adviserActionsOf, lastStepAt, nextStep, waitingFor } from './board';
import { MatchHistory } from './MatchHistory';
import { useAdviserMatch, useCandidate } from './queries';

export function AdviserMatchPage() {
  const { id = '' } = useParams();
  const match = useAdviserMatch(id);
  return (
    <Loaded query={match} what="Cette mise en relation">
      {(loaded) => <MatchDetails match={loaded} />}
    </Loaded>
  );
}

function MatchDetails({ match }: { match: AdviserMatch }) {
  const offer = useOffer(match.offerId);
  const person = useCandidate(match.candidateId);
  const name = person.data ? `${person.data.contact.firstName} ${person.data.contact.lastName}` : 'La personne';
  const offerTitle = offer.data?.title ?? 'l’offre';
  const next = nextStep(match);
  return (
    <Page
      title={`${name} — ${offerTitle}`}
      heading={
        <>
          {name} <span className="fr-text--lead passerelle-heading-sub">pour « {offerTitle} »</span>
        </>
      }
      before={
        <Breadcrumb
          currentPageLabel={name}
          segments={[{ label: 'Suivi des mises en relation', linkProps: { to: '/suivi' } }]}
        />
      }
    >
      <p className="fr-mb-1w">
        <AdviserStatusBadge status={match.status} />{' '}
        <span className="fr-ml-1w fr-text--sm">{waitingFor(lastStepAt(match))}</span>
      </p>
      {next && <p className="fr-text--bold">{next}</p>}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <section aria-label="Étapes possibles" className="fr-mb-4w">
            <AdviserMatchActions match={match} offerId={match.offerId} candidateId={match.candidateId} subject={name} />
            {adviserActionsOf(match.allowedActions, match.contactShared).length === 0 && (
              <p className="passerelle-mention">Aucune étape ne vous revient pour l’instant.</p>
            )}
          </section>
          <Interview match={match} />
          <Assessment match={match} />
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          <Parties match={match} name={name} />
          <MatchHistory match={match} />
        </div>
      </div>
    </Page>
  );
}

function Parties({ match, name }: { match: AdviserMatch; name: string }) {
  const offer = useOffer(match.offerId);
  const person = useCandidate(match.candidateId);
  const id = useId();
  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h2 id={id} className="fr-h5">
        La personne et l’offre
      </h2>
      <p className="fr-mb-1w">
        <Link to={`/personnes/${match.candidateId}`}>{name}</Link>
        {person.data?.contact.mobile ? ` — ${person.data.contact.mobile}` : ''}
        {person.data?.contact.email ? ` — ${person.data.contact.email}` : ''}
      </p>
      {offer.data && (
        <p className="fr-mb-1w">
          <Link to={`/offres/${offer.data.id}`}>{offer.data.title}</Link> —{' '}
          {contractTypeLabels[offer.data.contractType]}, {offer.data.location.name}
        </p>
      )}
      <p className="fr-text--sm">
        Suivie depuis le {formatDate(match.createdAt)}
        {match.proposedAt ? `, proposée à l’employeur le ${formatDate(match.proposedAt)}` : ''}.
      </p>
      {match.proposalComment && (
        <>
          <p className="fr-text--bold fr-mb-1w">Votre message à l’employeur</p>
          <blockquote className="fr-mb-2w" style={{ whiteSpace: 'pre-line' }}>
            {match.proposalComment}
          </blockquote>
        </>
      )}
    </section>
  );
}

function Interview({ match }: { match: AdviserMatch }) {
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
      {match.contactShared ? (
        <Alert
          severity="success"
          small
          description="Accord enregistré : l’employeur voit les coordonnées de la personne."
        />
      ) : (
        <Alert
          severity="info"
          small
          description="L’employeur ne voit pas encore les coordonnées : enregistrez l’accord de la personne une fois l’entretien accepté."
        />
      )}
    </section>
  );
}

function Assessment({ match }: { match: AdviserMatch }) {
  const id = useId();
  return (
    <section className="fr-mb-4w" aria-labelledby={id}>
      <h2 id={id} className="fr-h5">
        Le score à l’entrée dans le suivi
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <ScoreBreakdown score={match.assessment.score} breakdown={match.assessment.breakdown} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <ExplanationLines explanation={match.assessment.explanation} />
        </div>
      </div>
    </section>
  );
}
