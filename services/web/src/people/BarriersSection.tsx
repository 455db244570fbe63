import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/problem';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { BarrierItem } from './BarrierItem';
import { barrierKindLabels, barrierStatusLabels, type BarrierKind, type BarrierStatus } from './labels';
import { useAddBarrier, useBarriers } from './queries';

/** Freins périphériques: recorded, followed and removed by the organisation's advisers, and seen by no one else. */
export function BarriersSection({ candidateId }: { candidateId: string }) {
  const barriers = useBarriers(candidateId);
  return (
    <>
      <h2 className="fr-h4">Freins périphériques</h2>
      <Alert
        className="fr-mb-3w"
        severity="info"
        small
        description="Visibles seulement par les conseillers de votre structure : jamais par un employeur, ni dans les suggestions. Notez des faits utiles à l’accompagnement, sans diagnostic médical."
      />
      {barriers.isPending ? (
        <Loading what="ses freins" />
      ) : barriers.isError ? (
        <ProblemAlert error={barriers.error} />
      ) : barriers.data.length === 0 ? (
        <p>Aucun frein enregistré.</p>
      ) : (
        <ul className="passerelle-barriers" aria-label="Freins enregistrés">
          {barriers.data.map((barrier) => (
            <BarrierItem key={barrier.id} candidateId={candidateId} barrier={barrier} />
          ))}
        </ul>
      )}
      <NewBarrierForm candidateId={candidateId} />
    </>
  );
}

function NewBarrierForm({ candidateId }: { candidateId: string }) {
  const add = useAddBarrier(candidateId);
  const [kind, setKind] = useState<BarrierKind | ''>('');
  const [status, setStatus] = useState<BarrierStatus>('identified');
  const [notes, setNotes] = useState('');
  const [missingKind, setMissingKind] = useState(false);
  const fields = fieldErrorsOf(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kind) {
      setMissingKind(true);
      return;
    }
    add.mutate(
      { kind, status, notes },
      {
        onSuccess: () => {
          setKind('');
          setStatus('identified');
          setNotes('');
        },
      },
    );
  };

  const kindError = missingKind && !kind ? 'choisissez le type de frein' : fields.kind;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="new-barrier-title"
      className="passerelle-action-form passerelle-person-form fr-p-3w fr-mt-4w"
    >
      <h3 id="new-barrier-title" className="fr-h6">
        Ajouter un frein
      </h3>
      <ProblemAlert error={add.error} shownFields={['kind', 'status', 'notes']} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Type de frein"
            state={kindError ? 'error' : 'default'}
            stateRelatedMessage={kindError}
            nativeSelectProps={{ value: kind, onChange: (event) => setKind(event.target.value as BarrierKind | '') }}
          >
            <option value="">— Choisir —</option>
            {Object.entries(barrierKindLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Où en est-il ?"
            state={fields.status ? 'error' : 'default'}
            stateRelatedMessage={fields.status}
            nativeSelectProps={{ value: status, onChange: (event) => setStatus(event.target.value as BarrierStatus) }}
          >
            {Object.entries(barrierStatusLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Input
        label="Notes"
        hintText="Facultatif : démarches engagées, partenaires sollicités, échéances"
        textArea
        state={fields.notes ? 'error' : 'default'}
        stateRelatedMessage={fields.notes}
        nativeTextAreaProps={{ value: notes, rows: 3, onChange: (event) => setNotes(event.target.value) }}
      />
      <Button type="submit" disabled={add.isPending} iconId="fr-icon-add-line">
        Ajouter le frein
      </Button>
    </form>
  );
}
