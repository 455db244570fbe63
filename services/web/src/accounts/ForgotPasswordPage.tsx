import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useRequestPasswordReset } from './queries';

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email);
  };
  const reason = reasonFor(fieldErrorsOf(request.error), 'email');
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <Page title="Mot de passe oublié">
          {request.isSuccess ? (
            <Alert
              severity="success"
              title="Demande envoyée"
              description="Si un compte existe pour cette adresse, vous allez recevoir un e-mail avec un lien pour choisir un nouveau mot de passe. Le lien ne sert qu’une fois et expire."
            />
          ) : (
            <>
              <p>
                Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de
                passe.
              </p>
              <ProblemAlert error={request.error} shownFields={['email']} />
              <form onSubmit={submit} noValidate>
                <Input
                  label="Adresse e-mail"
                  hintText="Format attendu : nom@domaine.fr"
                  state={reason ? 'error' : 'default'}
                  stateRelatedMessage={reason}
                  nativeInputProps={{
                    type: 'email',
                    autoComplete: 'email',
                    value: email,
                    onChange: (event) => setEmail(event.target.value),
                  }}
                />
                <Button type="submit" disabled={request.isPending}>
                  Recevoir le lien
                </Button>
              </form>
            </>
          )}
          <p className="fr-mt-4w">
            <Link to="/connexion" className="fr-link">
              Retour à la connexion
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}
