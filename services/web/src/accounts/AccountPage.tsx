import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { formatDate } from '../ui/format';
import { roleLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { PasswordFields } from './PasswordFields';
import { useChangePassword } from './queries';

export function AccountPage() {
  const me = useMe();
  return (
    <Loaded query={me}>
      {({ user, organization }) => (
        <Page title="Mon compte">
          <dl className="fr-mb-4w">
            <dt className="fr-text--bold">Nom</dt>
            <dd className="fr-ml-0 fr-mb-1w">{user.displayName}</dd>
            <dt className="fr-text--bold">Adresse e-mail</dt>
            <dd className="fr-ml-0 fr-mb-1w">{user.email}</dd>
            <dt className="fr-text--bold">Rôle</dt>
            <dd className="fr-ml-0 fr-mb-1w">{roleLabels[user.role]}</dd>
            <dt className="fr-text--bold">Organisation</dt>
            <dd className="fr-ml-0 fr-mb-1w">{organization.name}</dd>
            <dt className="fr-text--bold">Compte créé le</dt>
            <dd className="fr-ml-0 fr-mb-1w">{formatDate(user.createdAt)}</dd>
          </dl>
          <p>
            <Link to="/preferences" className="fr-link">
              Préférences de notification
            </Link>
          </p>
          <ChangePassword />
        </Page>
      )}
    </Loaded>
  );
}

function ChangePassword() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [values, setValues] = useState({ password: '', confirmation: '' });
  const [mismatch, setMismatch] = useState(false);
  const fields = fieldErrorsOf(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = values.password !== values.confirmation;
    setMismatch(differ);
    if (!differ) change.mutate({ currentPassword: current, newPassword: values.password });
  };
  return (
    <section className="fr-mt-4w">
      <h2 className="fr-h4">Changer de mot de passe</h2>
      <p>Toutes vos sessions se terminent, celle-ci comprise : vous vous reconnecterez avec le nouveau mot de passe.</p>
      {change.isSuccess && <Alert severity="success" small description="Mot de passe changé." />}
      <ProblemAlert error={change.error} shownFields={['currentPassword', 'newPassword']} />
      <form onSubmit={submit} noValidate>
        <Input
          label="Mot de passe actuel"
          state={reasonFor(fields, 'currentPassword') ? 'error' : 'default'}
          stateRelatedMessage={reasonFor(fields, 'currentPassword')}
          nativeInputProps={{
            type: 'password',
            autoComplete: 'current-password',
            value: current,
            onChange: (event) => setCurrent(event.target.value),
          }}
        />
        <PasswordFields
          password={values.password}
          confirmation={values.confirmation}
          onChange={setValues}
          error={reasonFor(fields, 'newPassword')}
          mismatch={mismatch}
        />
        <Button type="submit" disabled={change.isPending}>
          Changer le mot de passe
        </Button>
      </form>
    </section>
  );
}
