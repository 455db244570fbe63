import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { useMe } from '../session/queries';
import { ConfirmAction } from '../ui/ConfirmModal';
import { formatDate } from '../ui/format';
import { roleLabels } from '../ui/labels';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { roleRule, roleRuleReason, type Organization } from './labels';
import { useOrganizationUsers, useSetUserActive, type User } from './queries';

/** The accounts of an organisation: active, or deactivated since a date; the administrator switches them. */
export function OrganizationUsers({ organization }: { organization: Organization }) {
  const users = useOrganizationUsers(organization.id);
  const setActive = useSetUserActive(organization.id);
  const me = useMe();
  const [done, setDone] = useState('');

  const switchTo = (user: User, active: boolean) => {
    setDone('');
    setActive.mutate(
      { userId: user.id, active },
      {
        onSuccess: () =>
          setDone(
            active
              ? `Le compte de ${user.displayName} est réactivé : la personne peut se connecter à nouveau.`
              : `Le compte de ${user.displayName} est désactivé : ses sessions sont fermées.`,
          ),
      },
    );
  };

  const action = (user: User) => {
    if (user.id === me.data?.user.id) return 'Votre compte';
    if (user.deactivatedAt) {
      return (
        <Button key="reactivate" priority="secondary" size="small" onClick={() => switchTo(user, true)}>
          Réactiver
        </Button>
      );
    }
    return (
      <ConfirmAction
        key="deactivate"
        trigger="Désactiver"
        triggerProps={{ priority: 'tertiary', iconId: 'fr-icon-close-circle-line' }}
        title={`Désactiver le compte de ${user.displayName}`}
        confirm="Désactiver le compte"
        busy={setActive.isPending}
        onConfirm={() => switchTo(user, false)}
      >
        <p>
          {user.displayName} ({user.email}) est <strong>déconnecté·e immédiatement</strong>, sur tous ses appareils, et
          ne peut plus se connecter tant que son compte n’est pas réactivé.
        </p>
        <p>Le compte et ce qu’il a enregistré sont conservés.</p>
      </ConfirmAction>
    );
  };

  return (
    <section className="fr-mb-6w" aria-labelledby="comptes">
      <h2 id="comptes" className="fr-h4">
        Comptes
      </h2>
      <p className="fr-text--sm">
        {roleRule[organization.kind]} {roleRuleReason}
      </p>
      <div role="status">{done && <Alert severity="success" small className="fr-mb-2w" description={done} />}</div>
      <ProblemAlert error={setActive.error} />
      {users.isPending ? (
        <Loading what="les comptes" />
      ) : users.isError ? (
        <ProblemAlert error={users.error} />
      ) : users.data.items.length === 0 ? (
        <p>Aucun compte pour l’instant : invitez un premier membre ci-dessous.</p>
      ) : (
        <Table
          caption={`Comptes de ${organization.name}`}
          noCaption
          headers={['Nom', 'Adresse e-mail', 'Rôle', 'État', 'Action']}
          data={users.data.items.map((user) => [
            user.displayName,
            <span key="email" className="passerelle-break">
              {user.email}
            </span>,
            roleLabels[user.role],
            user.deactivatedAt ? (
              <Badge key="state" small severity="error" noIcon>
                Désactivé depuis le {formatDate(user.deactivatedAt)}
              </Badge>
            ) : (
              <Badge key="state" small severity="success" noIcon>
                Actif
              </Badge>
            ),
            action(user),
          ])}
        />
      )}
      {users.data?.nextCursor && <p className="fr-text--sm">Seuls les 100 premiers comptes sont affichés.</p>}
    </section>
  );
}
