import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/problem';
import { outcomeKindLabels } from '../reporting/labels';
import { isoDay } from '../ui/format';
import { contractTypeLabels } from '../ui/labels';
import { ProblemAlert } from '../ui/ProblemAlert';
import { sectorLabels } from './labels';
import {
  emptyOutcomeDraft,
  outcomeBody,
  type ContractType,
  type OutcomeDraft,
  type OutcomeKind,
  type OutcomeSector,
} from './outcomeForm';
import { useRecordOutcome } from './outcomeQueries';
import { LabelOptions } from '../ui/LabelOptions';

const shownFields = ['kind', 'date', 'contractType', 'durationMonths', 'subsidised', 'qualifying', 'sector'];

/** « Enregistrer une sortie »: the kind first, then the fields that kind asks for. */
export function OutcomeForm({ candidateId }: { candidateId: string }) {
  const record = useRecordOutcome(candidateId);
  const [draft, setDraft] = useState<OutcomeDraft>(() => emptyOutcomeDraft(isoDay(new Date())));
  const [missingKind, setMissingKind] = useState(false);
  const [saved, setSaved] = useState(false);
  const fields = fieldErrorsOf(record.error);
  const change = (changes: Partial<OutcomeDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...changes }));
  };
  const state = (field: string) => ({
    state: fields[field] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: fields[field],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { kind } = draft;
    if (!kind) {
      setMissingKind(true);
      return;
    }
    setMissingKind(false);
    record.mutate(outcomeBody({ ...draft, kind }), {
      onSuccess: () => {
        setDraft(emptyOutcomeDraft(isoDay(new Date())));
        setSaved(true);
      },
    });
  };
  const kindError = missingKind && !draft.kind ? 'choisissez le type de sortie' : fields.kind;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="new-outcome-title"
      className="passerelle-action-form passerelle-person-form fr-p-3w fr-mt-4w"
    >
      <h3 id="new-outcome-title" className="fr-h6">
        Enregistrer une sortie
      </h3>
      <ProblemAlert error={record.error} shownFields={shownFields} />
      {saved && (
        <p role="status" className="fr-message fr-message--valid fr-mb-2w">
          Sortie enregistrée.
        </p>
      )}
      <RadioButtons
        legend="Type de sortie"
        state={kindError ? 'error' : 'default'}
        stateRelatedMessage={kindError}
        options={(Object.keys(outcomeKindLabels) as OutcomeKind[]).map((kind) => ({
          label: outcomeKindLabels[kind],
          nativeInputProps: { name: 'outcome-kind', checked: draft.kind === kind, onChange: () => change({ kind }) },
        }))}
      />
      {draft.kind === 'employment' && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Type de contrat"
              {...state('contractType')}
              nativeSelectProps={{
                value: draft.contractType,
                onChange: (event) => change({ contractType: event.target.value as ContractType | '' }),
              }}
            >
              <option value="">— Choisir —</option>
              <LabelOptions labels={contractTypeLabels} />
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label="Durée prévue (en mois)"
              hintText="Pour un CDD ou une mission d’intérim ; vide pour un CDI"
              {...state('durationMonths')}
              nativeInputProps={{
                type: 'number',
                min: 1,
                max: 120,
                inputMode: 'numeric',
                value: draft.durationMonths,
                onChange: (event) => change({ durationMonths: event.target.value }),
              }}
            />
          </div>
          <div className="fr-col-12">
            <Checkbox
              {...state('subsidised')}
              options={[
                {
                  label: 'Contrat aidé',
                  hintText: 'PEC, CDDI, contrat aidé…',
                  nativeInputProps: {
                    checked: draft.subsidised,
                    onChange: (event) => change({ subsidised: event.target.checked }),
                  },
                },
              ]}
            />
          </div>
        </div>
      )}
      {draft.kind === 'training' && (
        <RadioButtons
          legend="La formation est-elle qualifiante ?"
          hintText="Elle mène à un diplôme, un titre professionnel ou un CQP"
          orientation="horizontal"
          {...state('qualifying')}
          options={[
            {
              label: 'Oui',
              nativeInputProps: {
                name: 'outcome-qualifying',
                checked: draft.qualifying === 'yes',
                onChange: () => change({ qualifying: 'yes' }),
              },
            },
            {
              label: 'Non',
              nativeInputProps: {
                name: 'outcome-qualifying',
                checked: draft.qualifying === 'no',
                onChange: () => change({ qualifying: 'no' }),
              },
            },
          ]}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date de la sortie"
            hintText="Premier jour de travail ou de formation"
            {...state('date')}
            nativeInputProps={{
              type: 'date',
              value: draft.date,
              onChange: (event) => change({ date: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Secteur"
            hint="Facultatif : celui de l’emploi ou de la formation"
            {...state('sector')}
            nativeSelectProps={{
              value: draft.sector,
              onChange: (event) => change({ sector: event.target.value as OutcomeSector | '' }),
            }}
          >
            <option value="">Non précisé</option>
            <LabelOptions labels={sectorLabels} />
          </Select>
        </div>
      </div>
      <Button type="submit" disabled={record.isPending} iconId="fr-icon-add-line" iconPosition="left">
        Enregistrer la sortie
      </Button>
    </form>
  );
}
