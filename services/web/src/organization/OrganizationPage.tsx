import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { formatDate } from '../ui/format';
import { roleLabels } from '../ui/labels';
import { Loading, Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useInvite, useMembers, type NewInvitation } from './queries';
import { Webhooks } from './Webhooks';

export function OrganizationPage() {
  const me = useMe();
  return (
    <Loaded query={me}>
      {({ organization, user }) => (
        <Page title={organization.name} heading={`Organisation : ${organization.name}`}>
          {organization.siret && <p>SIRET {organization.siret}</p>}
          <Members organizationId={organization.id} />
          <Invite organizationId={organization.id} role={user.role} />
          <Webhooks organizationId={organization.id} />
        </Page>
      )}
    </Loaded>
  );
}

function Members({ organizationId }: { organizationId: string }) {
  const members = useMembers(organizationId);
  return (
    <section className="fr-mb-6w">
      <h2 className="fr-h4">Membres</h2>
      {members.isPending ? (
        <Loading what="les membres" />
      ) : members.isError ? (
        <ProblemAlert error={members.error} />
      ) : (
        <Table
          caption="Membres de l’organisation"
          noCaption
          headers={['Nom', 'Adresse e-mail', 'Rôle', 'Depuis le', 'État']}
          data={members.data.items.map((user) => [
            user.displayName,
            user.email,
            roleLabels[user.role],
            formatDate(user.createdAt),
            user.deactivatedAt ? 'Désactivé' : 'Actif',
          ])}
        />
      )}
    </section>
  );
}

/** A colleague of the inviter's own role (the API allows no other for an employer). */
function Invite({ organizationId, role }: { organizationId: string; role: NewInvitation['role'] }) {
  const invite = useInvite(organizationId);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const fields = fieldErrorsOf(invite.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { email, displayName, role },
      {
        onSuccess: () => {
          setEmail('');
          setDisplayName('');
        },
      },
    );
  };
  return (
    <section className="fr-mb-6w">
      <h2 className="fr-h4">Inviter une collègue ou un collègue</h2>
      <p>La personne reçoit un e-mail avec un lien, valable quelques jours, pour choisir son mot de passe.</p>
      {invite.isSuccess && <Alert severity="success" small className="fr-mb-2w" description="Invitation envoyée." />}
      <ProblemAlert error={invite.error} shownFields={['email', 'displayName']} />
      <form
        onSubmit={submit}
        noValidate
        aria-label="Inviter une collègue ou un collègue"
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
