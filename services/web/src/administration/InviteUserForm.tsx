import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { roleLabels } from '../ui/labels';
import { ProblemAlert } from '../ui/ProblemAlert';
import { roleOfKind, roleRuleReason, type Organization } from './labels';
import { useInviteUser } from './queries';

/**
 * An invitation by e-mail: the person receives a link to /invitation/:token to choose a password.
 * The role is the one of the organisation's kind, the only one the API accepts there.
 */
export function InviteUserForm({ organization }: { organization: Organization }) {
  const invite = useInviteUser(organization.id);
  const role = roleOfKind[organization.kind];
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [sentTo, setSentTo] = useState('');
  const fields = fieldErrorsOf(invite.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo('');
    invite.mutate(
      { email, displayName, role },
      {
        onSuccess: (invitation) => {
          setSentTo(invitation.email);
          setEmail('');
          setDisplayName('');
        },
      },
    );
  };

  return (
    <section className="passerelle-admin-box" aria-labelledby="inviter">
      <h2 id="inviter" className="fr-h4">
        Inviter un membre
      </h2>
      <p>
        La personne reçoit un e-mail avec un lien, valable 7 jours, pour choisir son mot de passe. Son compte apparaît
        dans la liste ci-dessus dès qu’elle l’a fait.
      </p>
      <p className="fr-text--sm">
        Rôle du compte : <strong>{roleLabels[role]}</strong>. {roleRuleReason}
      </p>
      <div role="status">
        {sentTo && (
          <Alert severity="success" small className="fr-mb-2w" description={`Invitation envoyée à ${sentTo}.`} />
        )}
      </div>
      <ProblemAlert error={invite.error} shownFields={['email', 'displayName']} />
      <form
        onSubmit={submit}
        noValidate
        aria-label="Inviter un membre"
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom"
      >
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Nom et prénom"
            state={reasonFor(fields, 'displayName') ? 'error' : 'default'}
            stateRelatedMessage={reasonFor(fields, 'displayName')}
            nativeInputProps={{
              value: displayName,
              autoComplete: 'off',
              onChange: (event) => setDisplayName(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Adresse e-mail"
            state={reasonFor(fields, 'email') ? 'error' : 'default'}
            stateRelatedMessage={reasonFor(fields, 'email')}
            nativeInputProps={{
              type: 'email',
              value: email,
              autoComplete: 'off',
              onChange: (event) => setEmail(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-2 fr-mb-3w">
          <Button type="submit" disabled={invite.isPending}>
            Inviter
          </Button>
        </div>
      </form>
    </section>
  );
}
