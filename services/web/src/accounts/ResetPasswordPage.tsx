import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { PasswordFields } from './PasswordFields';
import { useConfirmPasswordReset } from './queries';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const confirm = useConfirmPasswordReset();
  const [values, setValues] = useState({ password: '', confirmation: '' });
  const [mismatch, setMismatch] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = values.password !== values.confirmation;
    setMismatch(differ);
    if (!differ) confirm.mutate({ token, password: values.password });
  };
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <Page title="Choisir un nouveau mot de passe">
          {confirm.isSuccess ? (
            <>
              <Alert
                severity="success"
                title="Mot de passe changé"
                description="Vos sessions ouvertes ailleurs sont terminées. Connectez-vous avec votre nouveau mot de passe."
              />
              <Button className="fr-mt-3w" linkProps={{ to: '/connexion' }}>
                Se connecter
              </Button>
            </>
          ) : (
            <>
              <ProblemAlert error={confirm.error} shownFields={['password']} />
              <form onSubmit={submit} noValidate>
                <PasswordFields
                  password={values.password}
                  confirmation={values.confirmation}
                  onChange={setValues}
                  error={reasonFor(fieldErrorsOf(confirm.error), 'password')}
                  mismatch={mismatch}
                />
                <Button type="submit" disabled={confirm.isPending}>
                  Enregistrer le mot de passe
                </Button>
              </form>
            </>
          )}
        </Page>
      </div>
    </div>
  );
}
