import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { ProblemAlert } from '../ui/ProblemAlert';
import {
  creatableKinds,
  organizationKindLabels,
  structureTypeLabels,
  type CreatableKind,
  type Organization,
  type StructureType,
} from './labels';
import { normalizeSiret } from './organizations';
import { useCreateOrganization, type NewOrganization } from './queries';

const structureTypes = Object.keys(structureTypeLabels) as StructureType[];

const kindHints: Record<CreatableKind, string> = {
  employer: 'Une entreprise ou une association qui recrute ; ses comptes publient des offres.',
  insertion: 'Une structure qui accompagne des personnes vers l’emploi ; ses comptes sont des conseillers.',
};

/** An employer with its SIRET, or an insertion structure with its type, in the administrator's territory. */
export function NewOrganizationForm() {
  const create = useCreateOrganization();
  const [kind, setKind] = useState<CreatableKind>('employer');
  const [name, setName] = useState('');
  const [siret, setSiret] = useState('');
  const [structureType, setStructureType] = useState<StructureType | ''>('');
  const [created, setCreated] = useState<Organization | null>(null);
  const fields = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const body: NewOrganization =
      kind === 'employer'
        ? { kind, name, siret: normalizeSiret(siret) }
        : // An empty type goes as is: the API says, next to the field, that one must be chosen.
          { kind, name, structureType: structureType as StructureType };
    create.mutate(body, {
      onSuccess: (organization) => {
        setCreated(organization);
        setName('');
        setSiret('');
        setStructureType('');
      },
    });
  };

  const state = (...paths: string[]) => ({
    state: reasonFor(fields, ...paths) ? ('error' as const) : ('default' as const),
    stateRelatedMessage: reasonFor(fields, ...paths),
  });

  return (
    <section className="fr-mt-6w passerelle-admin-box" aria-labelledby="nouvelle-organisation">
      <h2 id="nouvelle-organisation" className="fr-h4">
        Créer une organisation
      </h2>
      {created && (
        <Alert
          severity="success"
          small
          className="fr-mb-3w"
          description={
            <>
              L’organisation « {created.name} » est créée.{' '}
              <Link to={`/administration/organisations/${created.id}`}>Ouvrir sa page pour inviter ses membres</Link>
            </>
          }
        />
      )}
      <ProblemAlert error={create.error} shownFields={['kind', 'name', 'siret', 'structureType']} />
      <form onSubmit={submit} noValidate aria-label="Créer une organisation">
        <RadioButtons
          legend="Type d’organisation"
          orientation="horizontal"
          {...state('kind')}
          options={creatableKinds.map((code) => ({
            label: organizationKindLabels[code],
            hintText: kindHints[code],
            nativeInputProps: {
              checked: kind === code,
              onChange: () => {
                setKind(code);
                create.reset();
              },
            },
          }))}
        />
        <Input
          label="Nom de l’organisation"
          {...state('name')}
          nativeInputProps={{
            value: name,
            autoComplete: 'organization',
            onChange: (event) => setName(event.target.value),
          }}
        />
        {kind === 'employer' ? (
          <Input
            label="SIRET de l’établissement"
            hintText="14 chiffres, sur l’avis de situation au répertoire Sirene (les espaces sont acceptés)"
            {...state('siret')}
            nativeInputProps={{
              value: siret,
              inputMode: 'numeric',
              autoComplete: 'off',
              onChange: (event) => setSiret(event.target.value),
            }}
          />
        ) : (
          <Select
            label="Type de structure"
            {...state('structureType')}
            nativeSelectProps={{
              value: structureType,
              onChange: (event) => setStructureType(event.target.value as StructureType | ''),
            }}
          >
            <option value="" disabled>
              Choisir un type de structure
            </option>
            {structureTypes.map((code) => (
              <option key={code} value={code}>
                {structureTypeLabels[code]}
              </option>
            ))}
          </Select>
        )}
        <Button type="submit" disabled={create.isPending}>
          Créer l’organisation
        </Button>
      </form>
    </section>
  );
}
