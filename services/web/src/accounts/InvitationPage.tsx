import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { fieldErrorsOf, isProblem, reasonFor } from '../api/problem';
import { useSession } from '../session/SessionProvider';
import { Loaded, NotFoundPage } from '../ui/ErrorPages';
import { formatDate } from '../ui/format';
import { roleLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { PasswordFields } from './PasswordFields';
import { useAcceptInvitation, useInvitation } from './queries';

/** The page an invitation e-mail links to: the person chooses their password, then is signed in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  if (isProblem(invitation.error, 404)) {
    return <NotFoundPage what="Cette invitation" />;
  }
  return <Loaded query={invitation}>{(loaded) => <AcceptForm token={token} invitation={loaded} />}</Loaded>;
}

type Invitation = NonNullable<ReturnType<typeof useInvitation>['data']>;

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const accept = useAcceptInvitation(token);
  const session = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ password: '', confirmation: '' });
  const [mismatch, setMismatch] = useState(false);
  const [signInError, setSignInError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = values.password !== values.confirmation;
    setMismatch(differ);
    if (differ) return;
    accept.mutate(values.password, {
      onSuccess: () => {
        session
          .signIn({ email: invitation.email, password: values.password })
          .then(() => navigate('/', { replace: true }))
          .catch(setSignInError);
      },
    });
  };

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <Page title="Bienvenue sur Passerelle">
          <p className="fr-text--lead">
            {invitation.displayName}, vous êtes invité(e) à rejoindre {invitation.organizationName} en tant que{' '}
            {roleLabels[invitation.role].toLowerCase()}.
          </p>
          <p>
            Votre identifiant : <strong>{invitation.email}</strong>. Choisissez votre mot de passe avant le{' '}
            {formatDate(invitation.expiresAt)}.
          </p>
          <ProblemAlert error={accept.error ?? signInError} shownFields={['password']} />
          <form onSubmit={submit} noValidate>
            <PasswordFields
              password={values.password}
              confirmation={values.confirmation}
              onChange={setValues}
              error={reasonFor(fieldErrorsOf(accept.error), 'password')}
              mismatch={mismatch}
            />
            <Button type="submit" disabled={accept.isPending}>
              Créer mon mot de passe et me connecter
            </Button>
          </form>
        </Page>
      </div>
    </div>
  );
}
