import { Link } from 'react-router';
import type { AdviserMatch } from './adviserMatch';
import { AdviserMatchActions } from './AdviserMatchActions';
import { lastStepAt, nextStep, waitingFor } from './board';

/** One match on the board: who, for which offer, how long since its last step, what comes next. */
export function PipelineCard({
  match,
  personName,
  offerTitle,
}: {
  match: AdviserMatch;
  personName: string;
  offerTitle: string;
}) {
  const next = nextStep(match);
  const subject = `${personName}, ${offerTitle}`;
  return (
    <article className="fr-card fr-p-2w passerelle-board-card" aria-label={subject}>
      <h3 className="fr-text--md fr-text--bold fr-mb-0">
        <Link to={`/mises-en-relation/${match.id}`}>{personName}</Link>
      </h3>
      <p className="fr-text--sm fr-mb-1w">{offerTitle}</p>
      <p className="fr-text--xs fr-mb-1w passerelle-mention">
        <span className="fr-icon-time-line fr-icon--sm" aria-hidden="true" /> {next ? 'En attente ' : 'Dernière étape '}
        {waitingFor(lastStepAt(match))}
      </p>
      {next && <p className="fr-text--xs fr-mb-1w passerelle-next-step">{next}</p>}
      <AdviserMatchActions
        match={match}
        offerId={match.offerId}
        candidateId={match.candidateId}
        subject={subject}
        size="small"
        stacked
      />
    </article>
  );
}
