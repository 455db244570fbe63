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
  remoteModeLabels,
  workScheduleLabels,
} from '../ui/labels';
import { ProblemAlert } from '../ui/ProblemAlert';
import { CertificationsField } from './CertificationsField';
import { CommuneField, JobField } from './JobField';
import { checkForm, type OfferFormValues } from './offerForm';
import { errorProps, Section } from '../ui/formParts';

/** The paths of the body that an input of this form shows next to itself. */
const shownFields = [
  'title',
  'job',
  'description',
  'requiredSkills',
  'optionalSkills',
  'requiredCertifications',
  'minQualificationLevel',
  'minExperienceMonths',
  'contractType',
  'durationMonths',
  'weeklyHours',
  'schedules',
  'dayStartHour',
  'dayEndHour',
  'startDate',
  'location',
  'remoteMode',
  'openings',
  'trainingBeforeHiring',
  'qualificationRequiredByLaw',
  'physicalDemands',
  'publicTransportAccess',
  'expiresAt',
];

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((other) => other !== item), item] : list.filter((other) => other !== item);
}

export function OfferForm({
  initial,
  submitLabel,
  onSubmit,
  error,
  busy,
  cancel,
}: {
  initial: OfferFormValues;
  submitLabel: string;
  onSubmit: (values: OfferFormValues) => void;
  error: unknown;
  busy: boolean;
  cancel: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const change = (changes: Partial<OfferFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const fields = { ...fieldErrorsOf(error), ...localErrors };
  const reason = (...paths: string[]) => reasonFor(fields, ...paths);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkForm(values);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      // The first input to correct, once its message is shown.
      setTimeout(() => document.querySelector<HTMLElement>('.fr-input--error, .fr-select--error')?.focus(), 0);
      return;
    }
    onSubmit(values);
  };

  const text = (
    field: keyof OfferFormValues,
    label: string,
    options: {
      hint?: string;
      type?: string;
      path?: string;
      textArea?: boolean;
      inputMode?: 'numeric' | 'decimal';
    } = {},
  ) => {
    const props = {
      label,
      ...(options.hint ? { hintText: options.hint } : {}),
      ...errorProps(reason(options.path ?? field)),
    };
    const value = values[field] as string;
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

      <Section legend="Le poste">
        {text('title', 'Intitulé de l’offre', {
          hint: 'Tel que les candidats le liront, par exemple « Cariste en entrepôt »',
        })}
        <JobField values={values} change={change} error={reason('job')} />
        {text('description', 'Description du poste et de l’entreprise', {
          hint: 'Missions, environnement de travail, conditions ; facultatif',
          textArea: true,
        })}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Type de contrat"
              {...errorProps(reason('contractType'))}
              nativeSelectProps={{
                value: values.contractType,
                onChange: (event) => change({ contractType: event.target.value as OfferFormValues['contractType'] }),
              }}
            >
              {Object.entries(contractTypeLabels).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-3">
            {text('durationMonths', 'Durée (mois)', { hint: 'Pour un contrat à durée limitée', inputMode: 'numeric' })}
          </div>
          <div className="fr-col-12 fr-col-md-3">{text('openings', 'Postes à pourvoir', { inputMode: 'numeric' })}</div>
        </div>
      </Section>

      <Section legend="Le lieu de travail">
        <CommuneField values={values} change={change} error={reason('location')} />
        <RadioButtons
          legend="Télétravail"
          orientation="horizontal"
          {...errorProps(reason('remoteMode'))}
          options={Object.entries(remoteModeLabels).map(([code, label]) => ({
            label,
            nativeInputProps: {
              value: code,
              checked: values.remoteMode === code,
              onChange: () => change({ remoteMode: code as OfferFormValues['remoteMode'] }),
            },
          }))}
        />
        <Checkbox
          {...errorProps(reason('publicTransportAccess'))}
          options={[
            {
              label: 'Accessible en transports en commun',
              hintText: 'Important pour les personnes sans véhicule',
              nativeInputProps: {
                checked: values.publicTransportAccess,
                onChange: (event) => change({ publicTransportAccess: event.target.checked }),
              },
            },
          ]}
        />
      </Section>

      <Section legend="Le temps de travail">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            {text('weeklyHours', 'Heures par semaine', { hint: 'Au plus 48 heures', inputMode: 'decimal' })}
          </div>
          <div className="fr-col-6 fr-col-md-4">
            {text('dayStartTime', 'Début de journée', { type: 'time', path: 'dayStartHour', hint: 'Facultatif' })}
          </div>
          <div className="fr-col-6 fr-col-md-4">
            {text('dayEndTime', 'Fin de journée', {
              type: 'time',
              path: 'dayEndHour',
              hint: 'Avec le début, ou aucun',
            })}
          </div>
        </div>
        <Checkbox
          className="fr-mt-2w"
          legend="Horaires"
          orientation="horizontal"
          {...errorProps(reason('schedules'))}
          options={Object.entries(workScheduleLabels).map(([code, label]) => ({
            label,
            nativeInputProps: {
              checked: values.schedules.includes(code as OfferFormValues['schedules'][number]),
              onChange: (event) =>
                change({
                  schedules: toggle(
                    values.schedules,
                    code as OfferFormValues['schedules'][number],
                    event.target.checked,
                  ),
                }),
            },
          }))}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            {text('startDate', 'Date de prise de poste', { type: 'date', hint: 'Facultatif : dès que possible sinon' })}
          </div>
        </div>
      </Section>

      <Section legend="Le profil recherché">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            {text('requiredSkills', 'Compétences exigées', { hint: 'Une par ligne', textArea: true })}
          </div>
          <div className="fr-col-12 fr-col-md-6">
            {text('optionalSkills', 'Compétences appréciées', { hint: 'Une par ligne', textArea: true })}
          </div>
        </div>
        <CertificationsField
          chosen={values.requiredCertifications}
          onChange={(requiredCertifications) => change({ requiredCertifications })}
          error={reason('requiredCertifications')}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Select
              label="Niveau de qualification minimum"
              hint="Nomenclature des diplômes par niveau"
              {...errorProps(reason('minQualificationLevel'))}
              nativeSelectProps={{
                value: values.minQualificationLevel,
                onChange: (event) => change({ minQualificationLevel: event.target.value }),
              }}
            >
              <option value="">Aucun niveau exigé</option>
              {qualificationLevels.map((level) => (
                <option key={level} value={level}>
                  {qualificationLabel(level)}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            {text('minExperienceMonths', 'Expérience minimum (mois)', {
              hint: '0 si le poste est ouvert aux débutants',
              inputMode: 'numeric',
            })}
          </div>
        </div>
        <Checkbox
          {...errorProps(reason('trainingBeforeHiring'))}
          options={[
            {
              label: 'Formation avant l’embauche (POE, AFPR…)',
              hintText: 'Le niveau de qualification n’est alors pas exigé',
              nativeInputProps: {
                checked: values.trainingBeforeHiring,
                onChange: (event) => change({ trainingBeforeHiring: event.target.checked }),
              },
            },
          ]}
        />
        <Checkbox
          {...errorProps(reason('qualificationRequiredByLaw'))}
          options={[
            {
              label: 'Diplôme exigé par la réglementation (métier réglementé)',
              hintText:
                'Sinon, un niveau inférieur ou de l’expérience à la place du diplôme compte dans le score sans écarter la personne',
              nativeInputProps: {
                checked: values.qualificationRequiredByLaw,
                onChange: (event) => change({ qualificationRequiredByLaw: event.target.checked }),
              },
            },
          ]}
        />
        <Checkbox
          legend="Exigences physiques du poste"
          hintText="Celles que le poste comporte : elles sont comparées aux contraintes que les personnes ont choisi de partager"
          {...errorProps(reason('physicalDemands'))}
          options={Object.entries(physicalDemandLabels).map(([code, label]) => ({
            label: label.charAt(0).toUpperCase() + label.slice(1),
            nativeInputProps: {
              checked: values.physicalDemands.includes(code as OfferFormValues['physicalDemands'][number]),
              onChange: (event) =>
                change({
                  physicalDemands: toggle(
                    values.physicalDemands,
                    code as OfferFormValues['physicalDemands'][number],
                    event.target.checked,
                  ),
                }),
            },
          }))}
        />
      </Section>

      <Section legend="La publication">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            {text('expiresAt', 'Fin de publication', {
              type: 'date',
              hint: 'Facultatif : 60 jours après la publication sinon, 180 jours au plus',
            })}
          </div>
        </div>
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
