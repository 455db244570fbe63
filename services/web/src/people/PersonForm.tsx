import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import {
  contractTypeLabels,
  physicalDemandLabels,
  qualificationLabel,
  qualificationLevels,
  workScheduleLabels,
} from '../ui/labels';
import { ProblemAlert } from '../ui/ProblemAlert';
import { CertificationsField } from './CertificationsField';
import { DesiredJobsField } from './DesiredJobsField';
import { ExperiencesField } from './ExperiencesField';
import { HomeCommuneField } from './HomeCommuneField';
import {
  candidateStatusHints,
  candidateStatusLabels,
  sectorLabels,
  transportModeLabels,
  workingTimeLabels,
} from './labels';
import { LanguagesField } from './LanguagesField';
import { checkPerson, type PersonFormValues } from './personForm';
import { errorProps, Section } from '../ui/formParts';

/** The paths of the body that an input of this form shows next to itself. */
const shownFields = [
  'contact',
  'homeCommune',
  'desiredJobs',
  'desiredSectors',
  'acceptedContractTypes',
  'skills',
  'experiences',
  'qualificationLevel',
  'certifications',
  'languages',
  'mobility',
  'availability',
  'workConstraints',
  'status',
  'shareWithEmployers',
];

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((other) => other !== item), item] : list.filter((other) => other !== item);
}

const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

export function PersonForm({
  initial,
  submitLabel,
  onSubmit,
  error,
  busy,
  cancel,
  consentRecord,
}: {
  initial: PersonFormValues;
  submitLabel: string;
  onSubmit: (values: PersonFormValues) => void;
  error: unknown;
  busy: boolean;
  cancel: ReactNode;
  /** Who recorded the person's answer about sharing, and when (an edit only). */
  consentRecord?: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const change = (changes: Partial<PersonFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const fields = { ...fieldErrorsOf(error), ...localErrors };
  const reason = (...paths: string[]) => reasonFor(fields, ...paths);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkPerson(values);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      setTimeout(() => document.querySelector<HTMLElement>('.fr-input--error, .fr-select--error')?.focus(), 0);
      return;
    }
    onSubmit(values);
  };

  const text = (
    field: keyof PersonFormValues,
    label: string,
    path: string,
    options: {
      hint?: string;
      type?: string;
      textArea?: boolean;
      inputMode?: 'numeric' | 'tel' | 'email';
      autoComplete?: string;
    } = {},
  ) => {
    const props = { label, ...(options.hint ? { hintText: options.hint } : {}), ...errorProps(reason(path)) };
    const value = values[field] as string;
    if (options.textArea) {
      return (
        <Input
          {...props}
          textArea
          nativeTextAreaProps={{ value, rows: 4, onChange: (event) => change({ [field]: event.target.value }) }}
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
          autoComplete: options.autoComplete ?? 'off',
          onChange: (event) => change({ [field]: event.target.value }),
        }}
      />
    );
  };

  /** A group of checkboxes over a list of codes. */
  function codes<C extends string>(
    legend: string,
    path: string,
    labels: Record<C, string>,
    chosen: readonly C[],
    onChange: (codes: C[]) => void,
    options: { hint?: string; horizontal?: boolean } = {},
  ) {
    return (
      <Checkbox
        legend={legend}
        {...(options.hint ? { hintText: options.hint } : {})}
        {...(options.horizontal ? { orientation: 'horizontal' as const } : {})}
        {...errorProps(reason(path))}
        options={(Object.entries(labels) as [C, string][]).map(([code, label]) => ({
          label: capitalised(label),
          nativeInputProps: {
            checked: chosen.includes(code),
            onChange: (event) => onChange(toggle(chosen, code, event.target.checked)),
          },
        }))}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate className="passerelle-person-form">
      <ProblemAlert error={error} shownFields={shownFields} />
      {Object.keys(localErrors).length > 0 && !error && (
        <p className="fr-error-text fr-mb-2w" role="alert">
          Des champs sont à compléter : voyez les messages sous chacun d’eux.
        </p>
      )}

      <Section legend="Coordonnées">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            {text('firstName', 'Prénom', 'contact.firstName', { autoComplete: 'off' })}
          </div>
          <div className="fr-col-12 fr-col-md-6">{text('lastName', 'Nom', 'contact.lastName')}</div>
          <div className="fr-col-12 fr-col-md-6">
            {text('email', 'Adresse e-mail', 'contact.email', {
              type: 'email',
              inputMode: 'email',
              hint: 'Facultative ; pour les messages et convocations. Jamais montrée à un employeur sans l’accord de la personne',
            })}
          </div>
          <div className="fr-col-12 fr-col-md-6">
            {text('mobile', 'Téléphone mobile', 'contact.mobile', {
              type: 'tel',
              inputMode: 'tel',
              hint: 'Facultatif ; pour les SMS de convocation, par exemple 06 12 34 56 78',
            })}
          </div>
        </div>
        <HomeCommuneField
          commune={values.commune}
          text={values.communeText}
          onChange={change}
          error={reason('homeCommune')}
        />
      </Section>

      <Section legend="Le projet professionnel">
        <DesiredJobsField
          chosen={values.desiredJobs}
          onChange={(desiredJobs) => change({ desiredJobs })}
          error={reason('desiredJobs')}
        />
        {codes(
          'Secteurs recherchés',
          'desiredSectors',
          sectorLabels,
          values.desiredSectors,
          (desiredSectors) => change({ desiredSectors }),
          {
            hint: 'Facultatif : ceux des métiers choisis sont pris en compte d’eux-mêmes',
            horizontal: true,
          },
        )}
        {codes(
          'Types de contrat acceptés',
          'acceptedContractTypes',
          contractTypeLabels,
          values.acceptedContractTypes,
          (acceptedContractTypes) => change({ acceptedContractTypes }),
          { hint: 'Au moins un : seules les offres de ces contrats lui seront suggérées', horizontal: true },
        )}
      </Section>

      <Section legend="Compétences et parcours">
        {text('skills', 'Compétences', 'skills', {
          textArea: true,
          hint: 'Une par ligne, avec les mots des offres (« conduite de chariot », « relation client »)',
        })}
        <ExperiencesField
          experiences={values.experiences}
          onChange={(experiences) => change({ experiences })}
          reason={(path) => reason(path)}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Niveau de qualification"
              hint="Le plus haut diplôme obtenu, dans la nomenclature par niveau"
              {...errorProps(reason('qualificationLevel'))}
              nativeSelectProps={{
                value: values.qualificationLevel,
                onChange: (event) => change({ qualificationLevel: event.target.value }),
              }}
            >
              <option value="">Aucun diplôme ou non renseigné</option>
              {qualificationLevels.map((level) => (
                <option key={level} value={level}>
                  {capitalised(qualificationLabel(level))}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <CertificationsField
          chosen={values.certifications}
          onChange={(certifications) => change({ certifications })}
          error={reason('certifications')}
        />
        <LanguagesField
          languages={values.languages}
          onChange={(languages) => change({ languages })}
          error={reason('languages')}
        />
      </Section>

      <Section legend="Mobilité">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            {text('maxDistanceKm', 'Distance maximale domicile–travail (km)', 'mobility.maxDistanceKm', {
              inputMode: 'numeric',
              hint: 'Autour de la commune de résidence, 300 km au plus',
            })}
          </div>
        </div>
        {codes(
          'Moyens de transport',
          'mobility.transportModes',
          transportModeLabels,
          values.transportModes,
          (transportModes) => change({ transportModes }),
          { horizontal: true },
        )}
        <Checkbox
          {...errorProps(reason('mobility.hasVehicle'))}
          options={[
            {
              label: 'Dispose d’un véhicule',
              hintText: 'Voiture ou deux-roues motorisé utilisable pour aller travailler',
              nativeInputProps: {
                checked: values.hasVehicle,
                onChange: (event) => change({ hasVehicle: event.target.checked }),
              },
            },
          ]}
        />
      </Section>

      <Section legend="Disponibilités">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            {text('availableFrom', 'Disponible à partir du', 'availability.from', {
              type: 'date',
              hint: 'Facultatif : tout de suite sinon',
            })}
          </div>
        </div>
        <RadioButtons
          legend="Temps de travail souhaité"
          orientation="horizontal"
          {...errorProps(reason('availability.workingTime'))}
          options={Object.entries(workingTimeLabels).map(([code, label]) => ({
            label,
            nativeInputProps: {
              value: code,
              checked: values.workingTime === code,
              onChange: () => change({ workingTime: code as PersonFormValues['workingTime'] }),
            },
          }))}
        />
        {codes(
          'Horaires possibles',
          'availability.schedules',
          workScheduleLabels,
          values.schedules,
          (schedules) => change({ schedules }),
          {
            horizontal: true,
          },
        )}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-6 fr-col-md-3">
            {text('earliestStartTime', 'Commencer au plus tôt à', 'availability.earliestStartHour', {
              type: 'time',
              hint: 'Facultatif',
            })}
          </div>
          <div className="fr-col-6 fr-col-md-3">
            {text('latestEndTime', 'Finir au plus tard à', 'availability.latestEndHour', {
              type: 'time',
              hint: 'Facultatif',
            })}
          </div>
        </div>
      </Section>

      <Section legend="Contraintes de travail">
        {codes(
          'Ce que la personne ne peut pas faire',
          'workConstraints',
          physicalDemandLabels,
          values.workConstraints,
          (workConstraints) => change({ workConstraints }),
          {
            hint: 'Seulement ce qu’elle accepte de partager, en termes de poste : jamais un diagnostic ni une information de santé. Les offres qui le demandent ne lui seront pas suggérées.',
            horizontal: true,
          },
        )}
      </Section>

      <Section legend="Suivi et consentement">
        <RadioButtons
          legend="Situation"
          {...errorProps(reason('status'))}
          options={Object.entries(candidateStatusLabels).map(([code, label]) => ({
            label,
            hintText: candidateStatusHints[code as PersonFormValues['status']],
            nativeInputProps: {
              value: code,
              checked: values.status === code,
              onChange: () => change({ status: code as PersonFormValues['status'] }),
            },
          }))}
        />
        <Checkbox
          {...errorProps(reason('shareWithEmployers'))}
          options={[
            {
              label: 'La personne accepte que son profil soit présenté à des employeurs',
              hintText:
                'Cochez seulement après le lui avoir demandé : sans son accord, elle ne peut être proposée sur aucune offre. Décocher retire l’accord et annule les propositions en cours.',
              nativeInputProps: {
                checked: values.consent,
                onChange: (event) => change({ consent: event.target.checked }),
              },
            },
          ]}
        />
        {consentRecord}
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
