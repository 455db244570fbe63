import { useId } from 'react';
import { formatDateTime } from '../ui/format';
import { matchStepLabels, reasonLabels } from '../ui/labels';
import type { AdviserMatch } from './adviserMatch';
import { adviserStatusLabels } from './board';

const actorLabels = { adviser: 'conseiller', employer: 'employeur', system: 'Passerelle' } as const;

/** Every step of a match, the latest first: what, who, when, why, and the words written with it. */
export function MatchHistory({ match }: { match: AdviserMatch }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h2 id={id} className="fr-h5">
        Historique
      </h2>
      {match.history.length === 0 ? (
        <p>Suivie depuis le {formatDateTime(match.createdAt)}, sans étape encore.</p>
      ) : (
        <ol className="fr-pl-2w">
          {[...match.history].reverse().map((step, index) => (
            <li key={`${step.at}-${index}`} className="fr-mb-2w">
              <p className="fr-mb-0 fr-text--bold">{matchStepLabels[step.action]}</p>
              <p className="fr-mb-0 fr-text--sm">
                {formatDateTime(step.at)} — par {actorLabels[step.actor.kind]} — {adviserStatusLabels[step.from]} →{' '}
                {adviserStatusLabels[step.to]}
              </p>
              {step.reason && (
                <p className="fr-mb-0 fr-text--sm">
                  Motif : {reasonLabels[step.reason]}
                  {step.shareReason ? ' (peut être communiqué à la personne)' : ''}
                </p>
              )}
              {step.interview && (
                <p className="fr-mb-0 fr-text--sm">
                  Entretien le {formatDateTime(step.interview.at)}
                  {step.interview.place ? `, ${step.interview.place}` : ', en visio'}
                </p>
              )}
              {step.comment && (
                <p className="fr-mb-0 fr-text--sm" style={{ whiteSpace: 'pre-line' }}>
                  « {step.comment} »
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
