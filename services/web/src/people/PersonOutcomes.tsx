import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDay } from '../reporting/format';
import { outcomeClassLabels, outcomeClassSeverity, outcomeKindLabels } from '../reporting/labels';
import { contractTypeLabels } from '../ui/labels';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { sectorLabels } from './labels';
import { OutcomeForm } from './OutcomeForm';
import { useOutcomes, type Outcome } from './outcomeQueries';

function details(outcome: Outcome): string {
  const parts: string[] = [];
  if (outcome.contractType) parts.push(contractTypeLabels[outcome.contractType]);
  if (outcome.durationMonths !== null) parts.push(`${outcome.durationMonths} mois`);
  if (outcome.subsidised) parts.push('contrat aidé');
  if (outcome.qualifying !== null) parts.push(outcome.qualifying ? 'qualifiante' : 'non qualifiante');
  if (outcome.sector) parts.push(sectorLabels[outcome.sector]);
  if (outcome.matchId) parts.push('après une embauche dans Passerelle');
  return parts.join(', ') || '—';
}

/** « Sorties »: what became of the person (recorded here or from a hire), and the form to record one. */
export function PersonOutcomes({ candidateId }: { candidateId: string }) {
  const outcomes = useOutcomes(candidateId);
  return (
    <>
      <h2 className="fr-h4">Sorties</h2>
      {outcomes.isPending ? (
        <Loading what="ses sorties" />
      ) : outcomes.isError ? (
        <ProblemAlert error={outcomes.error} />
      ) : outcomes.data.length === 0 ? (
        <p>Aucune sortie enregistrée.</p>
      ) : (
        <Table
          caption="Sorties enregistrées"
          headers={['Date', 'Sortie', 'Détail', 'Classement']}
          data={outcomes.data.map((outcome) => [
            formatDay(outcome.date),
            outcomeKindLabels[outcome.kind],
            details(outcome),
            <Badge key="class" small severity={outcomeClassSeverity[outcome.outcomeClass]} noIcon>
              {outcomeClassLabels[outcome.outcomeClass]}
            </Badge>,
          ])}
        />
      )}
      <OutcomeForm candidateId={candidateId} />
    </>
  );
}
