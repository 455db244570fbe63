import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { safeNext } from './safeNext';
import { useSession } from './SessionProvider';

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('suite'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn({ email, password });
      void navigate(next, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const fields = fieldErrorsOf(error);

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <Page title="Connexion à Passerelle">
          <p>Connectez-vous avec l’adresse e-mail et le mot de passe de votre compte.</p>
          <ProblemAlert error={error} shownFields={['email', 'password']} />
          <form onSubmit={(event) => void submit(event)} noValidate>
            <fieldset className="fr-fieldset" aria-labelledby="connexion-legende">
              <legend id="connexion-legende" className="fr-fieldset__legend">
                Vos identifiants
              </legend>
              <div className="fr-fieldset__element">
                <Input
                  label="Adresse e-mail"
                  hintText="Format attendu : nom@domaine.fr"
                  state={reasonFor(fields, 'email') ? 'error' : 'default'}
                  stateRelatedMessage={reasonFor(fields, 'email')}
                  nativeInputProps={{
                    type: 'email',
                    autoComplete: 'email',
                    required: true,
                    value: email,
                    onChange: (event) => setEmail(event.target.value),
                  }}
                />
              </div>
              <div className="fr-fieldset__element">
                <Input
                  label="Mot de passe"
                  state={reasonFor(fields, 'password') ? 'error' : 'default'}
                  stateRelatedMessage={reasonFor(fields, 'password')}
                  nativeInputProps={{
                    type: 'password',
                    autoComplete: 'current-password',
                    required: true,
                    value: password,
                    onChange: (event) => setPassword(event.target.value),
                  }}
                />
                <p className="fr-mt-1w">
                  <Link to="/mot-de-passe-oublie" className="fr-link">
                    Mot de passe oublié ?
                  </Link>
                </p>
              </div>
              <div className="fr-fieldset__element">
                <Button type="submit" disabled={busy}>
                  Se connecter
                </Button>
              </div>
            </fieldset>
          </form>
        </Page>
      </div>
    </div>
  );
}
