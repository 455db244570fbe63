import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/problem';
import { ConfirmAction } from '../ui/ConfirmModal';
import { formatDate } from '../ui/format';
import { ProblemAlert } from '../ui/ProblemAlert';
import { barrierKindLabels, barrierStatusLabels, barrierStatusSeverity, type BarrierStatus } from './labels';
import { useRemoveBarrier, useUpdateBarrier, type Barrier } from './queries';

/** One barrier: its kind and status as read, a small form to change status and notes, and removal. */
export function BarrierItem({ candidateId, barrier }: { candidateId: string; barrier: Barrier }) {
  const update = useUpdateBarrier(candidateId, barrier.id);
  const remove = useRemoveBarrier(candidateId, barrier.id);
  const [status, setStatus] = useState<BarrierStatus>(barrier.status);
  const [notes, setNotes] = useState(barrier.notes);
  const fields = fieldErrorsOf(update.error);
  const kind = barrierKindLabels[barrier.kind];
  const changed = status !== barrier.status || notes !== barrier.notes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ status, notes });
  };

  return (
    <li className="passerelle-barrier fr-p-3w fr-mb-2w">
      <article aria-labelledby={`barrier-${barrier.id}`}>
        <h3 id={`barrier-${barrier.id}`} className="fr-h6 fr-mb-1w">
          {kind}{' '}
          <Badge small severity={barrierStatusSeverity[barrier.status]} noIcon>
            {barrierStatusLabels[barrier.status]}
          </Badge>
        </h3>
        <p className="fr-text--xs fr-mb-2w">
          Repéré le {formatDate(barrier.createdAt)}, mis à jour le {formatDate(barrier.updatedAt)}
        </p>
        <form onSubmit={submit} noValidate className="passerelle-person-form">
          <ProblemAlert error={update.error ?? remove.error} shownFields={['status', 'notes']} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label={`Statut du frein « ${kind} »`}
                state={fields.status ? 'error' : 'default'}
                stateRelatedMessage={fields.status}
                nativeSelectProps={{
                  value: status,
                  onChange: (event) => setStatus(event.target.value as BarrierStatus),
                }}
              >
                {Object.entries(barrierStatusLabels).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-8">
              <Input
                label={`Notes sur le frein « ${kind} »`}
                textArea
                state={fields.notes ? 'error' : 'default'}
                stateRelatedMessage={fields.notes}
                nativeTextAreaProps={{ value: notes, rows: 2, onChange: (event) => setNotes(event.target.value) }}
              />
            </div>
          </div>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
            <li>
              <Button type="submit" size="small" disabled={!changed || update.isPending}>
                {`Enregistrer le frein « ${kind} »`}
              </Button>
            </li>
            <li>
              <ConfirmAction
                trigger={`Retirer le frein « ${kind} »`}
                triggerProps={{ priority: 'tertiary', iconId: 'fr-icon-delete-line' }}
                title={`Retirer le frein « ${kind} » ?`}
                confirm="Retirer le frein"
                busy={remove.isPending}
                onConfirm={() => remove.mutate()}
              >
                <p>
                  Le frein et ses notes seront effacés. Si la situation revient, vous pourrez l’enregistrer à nouveau.
                </p>
              </ConfirmAction>
            </li>
          </ul>
        </form>
      </article>
    </li>
  );
}
