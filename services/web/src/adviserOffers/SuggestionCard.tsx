import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AdviserMatch } from '../pipeline/adviserMatch';
import { AdviserMatchActions } from '../pipeline/AdviserMatchActions';
import { AdviserStatusBadge } from '../pipeline/AdviserStatusBadge';
import { formatDate, formatDateTime } from '../ui/format';
import { ExplanationLines } from './ExplanationLines';
import type { OfferSuggestion } from './queries';
import { ScoreBreakdown } from './ScoreBreakdown';

type SuggestionFields = Omit<OfferSuggestion, 'counterpart'>;

/**
 * One suggestion, either way (a person for an offer, an offer for a person): the score and its
 * breakdown, what is met and missing, when and on which versions it was computed, whether it went
 * stale, and the adviser's steps in place.
 */
export function SuggestionCard({
  suggestion,
  title,
  titleLink,
  details,
  match,
}: {
  suggestion: SuggestionFields;
  /** The person's name or the offer's title. */
  title: string;
  titleLink: string;
  details: ReactNode;
  match: AdviserMatch | null;
}) {
  return (
    <article className="fr-card fr-p-3w passerelle-suggestion" aria-label={title}>
      <h3 className="fr-h5 fr-mb-1w">
        <Link to={titleLink}>{title}</Link>
      </h3>
      <div className="fr-mb-2w">{details}</div>
      {suggestion.stale && (
        <Alert
          className="fr-mb-2w"
          severity="warning"
          small
          description={`Plus suggérée depuis le ${formatDate(suggestion.stale.since)} : ${suggestion.stale.reason}`}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <ScoreBreakdown score={suggestion.score} breakdown={suggestion.breakdown} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <p className="fr-text--bold fr-mb-1w">Pourquoi cette suggestion</p>
          <ExplanationLines explanation={suggestion.explanation} />
        </div>
      </div>
      <p className="fr-text--xs fr-mb-2w passerelle-mention">
        Calculée le {formatDateTime(suggestion.computedAt)}, sur la version {suggestion.offerVersion} de l’offre et la
        version {suggestion.profileVersion} du profil.
      </p>
      {match && (
        <p className="fr-mb-1w">
          <AdviserStatusBadge status={match.status} />{' '}
          <Link to={`/mises-en-relation/${match.id}`} className="fr-ml-1w">
            Voir la mise en relation<span className="fr-sr-only"> : {title}</span>
          </Link>
        </p>
      )}
      <AdviserMatchActions
        match={match}
        offerId={suggestion.offerId}
        candidateId={suggestion.candidateId}
        subject={title}
        size="small"
      />
    </article>
  );
}
