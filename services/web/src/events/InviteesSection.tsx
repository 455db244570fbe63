import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { ExplanationLines } from '../adviserOffers/ExplanationLines';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useInvite, useInvitees, type Invitee } from './queries';
import { invitationStatusLabels } from './sharedLabels';

const reachableLabels: Record<Invitee['reachable'], string> = {
  sms: 'par SMS',
  email: 'par e-mail',
  none: 'aucun moyen de la joindre',
};

/**
 * The adviser's people who fit an offer of the event and can come, best first, with why: the
 * adviser ticks those to invite (each gets their own answer link by SMS, else e-mail).
 */
export function InviteesSection({ eventId }: { eventId: string }) {
  const invitees = useInvitees(eventId, true);
  const invite = useInvite(eventId);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const items = invitees.data?.items ?? [];
  const invitable = items.filter((item) => item.invitation === null && item.reachable !== 'none');
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section aria-labelledby="invitees-title" className="fr-mt-6w">
      <h2 id="invitees-title" className="fr-h4">
        Personnes à inviter
      </h2>
      <p className="fr-text--sm">
        Les personnes de votre structure qui correspondent à au moins une offre de l’événement et peuvent venir (lieu
        dans leur rayon de mobilité, horaires compatibles), les mieux placées d’abord.
      </p>
      {invitees.isPending ? (
        <p role="status">Recherche des personnes à inviter…</p>
      ) : invitees.isError ? (
        <ProblemAlert error={invitees.error} />
      ) : items.length === 0 ? (
        <>
          <p>Aucune personne de votre structure ne correspond aux offres de l’événement pour l’instant.</p>
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-refresh-line"
            disabled={invitees.isFetching}
            onClick={() => void invitees.refetch()}
          >
            Chercher à nouveau
          </Button>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            invite.mutate([...chosen], { onSuccess: () => setChosen(new Set()) });
          }}
        >
          <ProblemAlert error={invite.error} />
          {invite.isSuccess && (
            <Alert
              className="fr-mb-2w"
              severity="success"
              small
              description={
                invite.data.invited === 1
                  ? '1 personne invitée : elle reçoit son lien de réponse.'
                  : `${invite.data.invited} personnes invitées : chacune reçoit son lien de réponse.${invite.data.alreadyInvited > 0 ? ` ${invite.data.alreadyInvited} l’étaient déjà.` : ''}`
              }
            />
          )}
          <div className="fr-table fr-table--multiline passerelle-invitees">
            <div className="fr-table__wrapper">
              <div
                className="fr-table__container"
                tabIndex={0}
                role="region"
                aria-label="Personnes qui correspondent aux offres"
              >
                <div className="fr-table__content">
                  <table>
                    <caption>
                      {items.length} personne{items.length > 1 ? 's' : ''} correspond{items.length > 1 ? 'ent' : ''} aux
                      offres
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Personne</th>
                        <th scope="col">Offres et raisons</th>
                        <th scope="col">Invitation</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((item) => (
                        <InviteeRow
                          key={item.candidateId}
                          item={item}
                          checked={chosen.has(item.candidateId)}
                          onToggle={(on) => toggle(item.candidateId, on)}
                        />
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
            <li>
              <Button type="submit" disabled={chosen.size === 0 || invite.isPending}>
                {chosen.size > 0 ? `Inviter la sélection (${chosen.size})` : 'Inviter la sélection'}
              </Button>
            </li>
            {invitable.length > 0 && (
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  onClick={() => setChosen(new Set(invitable.map((item) => item.candidateId)))}
                >
                  Tout sélectionner ({invitable.length})
                </Button>
              </li>
            )}
          </ul>
          <p className="fr-text--xs fr-hint-text">Calculé en {invitees.data.computedInMs} ms.</p>
        </form>
      )}
    </section>
  );
}

function InviteeRow({ item, checked, onToggle }: { item: Invitee; checked: boolean; onToggle: (on: boolean) => void }) {
  const name = `${item.firstName} ${item.lastName}`;
  const boxId = `invitee-${item.candidateId}`;
  const canInvite = item.invitation === null && item.reachable !== 'none';
  return (
    <tr>
      <td>
        {canInvite ? (
          <div className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={boxId} checked={checked} onChange={(event) => onToggle(event.target.checked)} />
            <label className="fr-label passerelle-invitee__name" htmlFor={boxId}>
              <span className="fr-sr-only">Inviter </span>
              {name}
            </label>
          </div>
        ) : (
          <p className="fr-text--bold fr-mb-1v">{name}</p>
        )}
        <p className="fr-text--xs fr-mt-1v fr-mb-1v">Joignable {reachableLabels[item.reachable]}</p>
        {!item.consented && (
          <Badge small severity="warning">
            pas de consentement au partage
          </Badge>
        )}
      </td>
      <td>
        <ul className="passerelle-invitee-fits">
          {item.fits.map((fit) => (
            <li key={fit.offerId}>
              <p className="fr-text--sm fr-mb-1v">
                <strong>{fit.offerTitle}</strong> — score {fit.score} / 100
              </p>
              <ExplanationLines explanation={fit} />
            </li>
          ))}
        </ul>
      </td>
      <td>
        {item.invitation === null ? (
          item.reachable === 'none' ? (
            'Ni mobile ni e-mail : à inviter autrement'
          ) : (
            'Pas encore invité(e)'
          )
        ) : (
          <Badge small severity="info" noIcon>
            {item.invitation === 'invited' ? 'déjà invité(e)' : invitationStatusLabels[item.invitation]}
          </Badge>
        )}
      </td>
    </tr>
  );
}
