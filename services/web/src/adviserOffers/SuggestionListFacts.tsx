import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { UseMutationResult } from '@tanstack/react-query';
import { ProblemAlert } from '../ui/ProblemAlert';
import { listSummary } from './listSummary';
import type { OfferSuggestions } from './queries';

type ListFacts = Omit<OfferSuggestions, 'items'>;

/** When and on what the list was computed, how many were read and kept, and a button to compute it again. */
export function SuggestionListFacts({
  list,
  subject,
  refresh,
}: {
  list: ListFacts;
  /** "l’offre" or "le profil". */
  subject: string;
  refresh: UseMutationResult<unknown, Error, void>;
}) {
  const behind = list.computedVersion !== null && list.computedVersion !== list.currentVersion;
  return (
    <div className="fr-mb-3w">
      <p className="fr-mb-1w">{listSummary(list, subject)}</p>
      {behind && (
        <Alert
          small
          severity="info"
          className="fr-mb-1w"
          description={`${subject[0]?.toUpperCase() ?? ''}${subject.slice(1)} a changé depuis ce calcul : la liste est en cours de mise à jour.`}
        />
      )}
      {list.poolCut && (
        <Alert
          small
          severity="info"
          className="fr-mb-1w"
          description="Beaucoup de résultats répondaient aux critères obligatoires : seule une partie a été évaluée."
        />
      )}
      <ProblemAlert error={refresh.error} />
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-refresh-line"
        disabled={refresh.isPending}
        onClick={() => refresh.mutate()}
      >
        Recalculer les suggestions
      </Button>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {refresh.isSuccess ? 'Recalcul demandé : la liste se met à jour dans quelques secondes.' : ''}
      </p>
    </div>
  );
}
