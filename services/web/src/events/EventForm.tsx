import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent, type ReactNode } from 'react';
import { sectorLabels, type Sector } from '../../../../shared/domain/reference/sectors';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { LabelOptions } from '../ui/LabelOptions';
import { ProblemAlert } from '../ui/ProblemAlert';
import { checkForm, type EventFormValues } from './eventForm';
import { ParticipantsField } from './ParticipantsField';
import { PlaceFields } from './PlaceFields';
import { useCampaigns } from './queries';
import { eventKindLabels, type EventKind } from './sharedLabels';
import { errorProps, Section } from '../ui/formParts';

/** The paths of the body that an input of this form shows next to itself. */
const shownFields = [
  'kind',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'place',
  'sectors',
  'capacity',
  'registrationDeadline',
  'campaignId',
  'participants',
];

export function EventForm({
  initial,
  creating,
  role,
  submitLabel,
  onSubmit,
  error,
  busy,
  cancel,
}: {
  initial: EventFormValues;
  /** A new event: its kind and campaign are chosen now, never changed after. */
  creating: boolean;
  role: 'adviser' | 'admin';
  submitLabel: string;
  onSubmit: (values: EventFormValues) => void;
  error: unknown;
  busy: boolean;
  cancel: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const campaigns = useCampaigns(creating);
  const change = (changes: Partial<EventFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const fields = { ...fieldErrorsOf(error), ...localErrors };
  const reason = (...paths: string[]) => reasonFor(fields, ...paths);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkForm(values);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      setTimeout(() => document.querySelector<HTMLElement>('.fr-input--error, .fr-select--error')?.focus(), 0);
      return;
    }
    onSubmit(values);
  };

  const text = (
    field: 'title' | 'description' | 'startsAt' | 'endsAt' | 'registrationDeadline' | 'capacity',
    label: string,
    options: { hint?: string; type?: string; textArea?: boolean; inputMode?: 'numeric' } = {},
  ) => {
    const props = { label, ...(options.hint ? { hintText: options.hint } : {}), ...errorProps(reason(field)) };
    const value = values[field];
    if (options.textArea) {
      return (
        <Input
          {...props}
          textArea
          nativeTextAreaProps={{ value, rows: 5, onChange: (event) => change({ [field]: event.target.value }) }}
        />
      );
    }
    return (
      <Input
        {...props}
        nativeInputProps={{
          value,
          type: options.type ?? 'text',
          ...(options.inputMode ? { inputMode: options.inputMode } : {}),
          onChange: (event) => change({ [field]: event.target.value }),
        }}
      />
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert error={error} shownFields={shownFields} />
      {Object.keys(localErrors).length > 0 && !error && (
        <p className="fr-error-text fr-mb-2w" role="alert">
          Des champs sont à compléter : voyez les messages sous chacun d’eux.
        </p>
      )}

      <Section legend="L’événement">
        {creating && (
          <Select
            label="Type d’événement"
            {...errorProps(reason('kind'))}
            nativeSelectProps={{
              value: values.kind,
              onChange: (event) => change({ kind: event.target.value as EventKind }),
            }}
          >
            <LabelOptions labels={eventKindLabels} />
          </Select>
        )}
        {text('title', 'Titre', {
          hint: 'Tel que les personnes invitées le liront : « Job dating logistique à Roubaix »',
        })}
        {text('description', 'Description', {
          hint: 'Déroulé, ce qu’il faut apporter (CV, pièce d’identité), accès ; facultatif',
          textArea: true,
        })}
      </Section>

      <Section legend="Quand">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            {text('startsAt', 'Début', { type: 'datetime-local', hint: 'Heure de Paris' })}
          </div>
          <div className="fr-col-12 fr-col-md-4">
            {text('endsAt', 'Fin', { type: 'datetime-local', hint: 'Heure de Paris' })}
          </div>
          <div className="fr-col-12 fr-col-md-4">
            {text('registrationDeadline', 'Fin des inscriptions', {
              type: 'datetime-local',
              hint: 'Facultatif : jusqu’au début sinon',
            })}
          </div>
        </div>
      </Section>

      <Section legend="Où">
        <PlaceFields values={values} change={change} reason={reason} placeReason={fields.place} />
      </Section>

      <Section legend="Pour qui">
        <Checkbox
          legend="Secteurs"
          hintText="Facultatif : les secteurs des métiers présentés"
          orientation="horizontal"
          {...errorProps(reason('sectors'))}
          options={Object.entries(sectorLabels).map(([code, label]) => ({
            label,
            nativeInputProps: {
              checked: values.sectors.includes(code as Sector),
              onChange: (event) =>
                change({
                  sectors: event.target.checked
                    ? [...values.sectors, code as Sector]
                    : values.sectors.filter((sector) => sector !== code),
                }),
            },
          }))}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            {text('capacity', 'Nombre de places', {
              inputMode: 'numeric',
              hint: 'Au-delà, les réponses « je viens » vont en liste d’attente',
            })}
          </div>
          {creating && (
            <div className="fr-col-12 fr-col-md-8">
              <Select
                label="Campagne"
                hint="Facultatif : la série d’événements dont il fait partie"
                {...errorProps(reason('campaignId'))}
                nativeSelectProps={{
                  value: values.campaignId,
                  onChange: (event) => change({ campaignId: event.target.value }),
                }}
              >
                <option value="">Aucune campagne</option>
                {(campaigns.data ?? []).map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {campaign.name}
                  </option>
                ))}
              </Select>
            </div>
          )}
        </div>
      </Section>

      <Section legend="Employeurs participants">
        <ParticipantsField
          participants={values.participants}
          onChange={(participants) => change({ participants })}
          role={role}
          error={reason('participants')}
        />
      </Section>

      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={busy}>
            {submitLabel}
          </Button>
        </li>
        <li>{cancel}</li>
      </ul>
    </form>
  );
}
