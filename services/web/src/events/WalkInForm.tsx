import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useTerritoryOrganizations } from '../administration/queries';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import type { Me } from '../session/queries';
import { Autocomplete, useDebounced } from '../ui/Autocomplete';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useAddWalkIn, usePeopleByName } from './queries';
import { errorProps } from '../ui/formParts';

type Mode = 'followed' | 'other';

/**
 * Someone who came without registering: one of the adviser's people (found by name), or anyone
 * else by name with their structure. Checked in at once.
 */
export function WalkInForm({ eventId, me }: { eventId: string; me: Me }) {
  const adviser = me.user.role === 'adviser';
  const [mode, setMode] = useState<Mode>(adviser ? 'followed' : 'other');
  const add = useAddWalkIn(eventId);
  const [added, setAdded] = useState<string | null>(null);
  const done = (name: string) => setAdded(name);
  return (
    <section aria-labelledby="walk-in-title" className="fr-mt-6w passerelle-walk-in fr-p-2w">
      <h2 id="walk-in-title" className="fr-h5">
        Ajouter une personne venue sans inscription
      </h2>
      {adviser && (
        <RadioButtons
          legend="Qui est-ce ?"
          options={[
            {
              label: 'Une personne que ma structure suit',
              nativeInputProps: { checked: mode === 'followed', onChange: () => setMode('followed') },
            },
            {
              label: 'Une autre personne',
              nativeInputProps: { checked: mode === 'other', onChange: () => setMode('other') },
            },
          ]}
        />
      )}
      <ProblemAlert error={add.error} shownFields={['firstName', 'lastName', 'organizationId', 'candidateId']} />
      {added && (
        <p role="status" className="fr-valid-text fr-mb-2w">
          {added} est ajouté(e) à la liste, présent(e).
        </p>
      )}
      {mode === 'followed' ? (
        <FollowedPerson
          busy={add.isPending}
          error={reasonFor(fieldErrorsOf(add.error), 'candidateId')}
          onAdd={(candidateId, name) => add.mutate({ candidateId }, { onSuccess: () => done(name) })}
        />
      ) : (
        <OtherPerson
          me={me}
          busy={add.isPending}
          error={add.error}
          onAdd={(body) => add.mutate(body, { onSuccess: () => done(`${body.firstName} ${body.lastName}`) })}
        />
      )}
    </section>
  );
}

function FollowedPerson({
  busy,
  error,
  onAdd,
}: {
  busy: boolean;
  error: string | undefined;
  onAdd: (candidateId: string, name: string) => void;
}) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const settled = useDebounced(text);
  const people = usePeopleByName(chosen ? '' : settled);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    onAdd(chosen.id, chosen.name);
    setChosen(null);
    setText('');
  };
  return (
    <form onSubmit={submit} noValidate>
      <Autocomplete
        label="Nom de la personne"
        hintText={chosen ? `Choisie : ${chosen.name}` : 'Tapez au moins 2 lettres du prénom ou du nom, puis choisissez'}
        text={text}
        onTextChange={(typed) => {
          setText(typed);
          setChosen(null);
        }}
        options={people.data ?? []}
        loading={people.isFetching}
        optionKey={(person) => person.id}
        renderOption={(person) => (
          <>
            {person.contact.firstName} {person.contact.lastName}
          </>
        )}
        onSelect={(person) => {
          const name = `${person.contact.firstName} ${person.contact.lastName}`;
          setChosen({ id: person.id, name });
          setText(name);
        }}
        error={error}
        noResults="Personne de ce nom dans votre structure"
      />
      <Button type="submit" disabled={busy || !chosen}>
        Ajouter, présent(e)
      </Button>
    </form>
  );
}

function OtherPerson({
  me,
  busy,
  error,
  onAdd,
}: {
  me: Me;
  busy: boolean;
  error: unknown;
  onAdd: (body: { firstName: string; lastName: string; organizationId: string }) => void;
}) {
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [organizationId, setOrganizationId] = useState(me.user.role === 'adviser' ? me.organization.id : '');
  const fields = fieldErrorsOf(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAdd({ firstName, lastName, organizationId });
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Prénom"
            {...errorProps(reasonFor(fields, 'firstName'))}
            nativeInputProps={{
              value: firstName,
              autoComplete: 'off',
              onChange: (event) => setFirstName(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Nom"
            {...errorProps(reasonFor(fields, 'lastName'))}
            nativeInputProps={{
              value: lastName,
              autoComplete: 'off',
              onChange: (event) => setLastName(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <StructureSelect
            me={me}
            value={organizationId}
            onChange={setOrganizationId}
            error={reasonFor(fields, 'organizationId')}
          />
        </div>
      </div>
      <Button type="submit" disabled={busy}>
        Ajouter, présent(e)
      </Button>
    </form>
  );
}

/**
 * The structure that follows the person. An adviser may list no organisation of the territory:
 * their own is the one offered; an administrator chooses among the territory's structures.
 */
function StructureSelect({
  me,
  value,
  onChange,
  error,
}: {
  me: Me;
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  if (me.user.role !== 'admin') {
    return (
      <Select
        label="Structure qui la suit"
        {...errorProps(error)}
        nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }}
      >
        <option value={me.organization.id}>{me.organization.name}</option>
      </Select>
    );
  }
  return <TerritoryStructureSelect value={value} onChange={onChange} error={error} />;
}

function TerritoryStructureSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  const organizations = useTerritoryOrganizations();
  const structures = (organizations.data?.items ?? [])
    .filter((organization) => organization.kind === 'insertion')
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return (
    <Select
      label="Structure qui la suit"
      {...errorProps(error)}
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }}
    >
      <option value="" disabled>
        {organizations.isPending ? 'Chargement des structures…' : 'Choisir une structure'}
      </option>
      {structures.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {organization.name}
        </option>
      ))}
    </Select>
  );
}
