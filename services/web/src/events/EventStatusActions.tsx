import { Button } from '@codegouvfr/react-dsfr/Button';
import { ConfirmAction } from '../ui/ConfirmModal';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useChangeEventStatus } from './queries';
import type { RecruitmentEvent } from './sharedLabels';

/** What the organiser may do next: draft → published → held → closed, or cancelled before it is held. */
export function EventStatusActions({ event }: { event: RecruitmentEvent }) {
  const change = useChangeEventStatus(event.id);
  const editable = event.status === 'draft' || event.status === 'published';
  const cancellable = editable;
  // The API marks an event held from its start on.
  const started = Date.now() >= new Date(event.startsAt).getTime();
  return (
    <div className="fr-mb-4w">
      <ProblemAlert error={change.error} />
      {change.isSuccess && (
        <p role="status" className="fr-valid-text fr-mb-2w">
          {change.data.status === 'published'
            ? 'Événement publié : vous pouvez inviter les personnes qui correspondent.'
            : change.data.status === 'held'
              ? 'Événement marqué tenu : les personnes inscrites non pointées sont comptées absentes.'
              : change.data.status === 'closed'
                ? 'Événement clôturé.'
                : 'Événement annulé : les personnes inscrites sont prévenues.'}
        </p>
      )}
      {event.status === 'published' && !started && (
        <p className="fr-text--sm fr-mb-2w">
          Vous pourrez marquer l’événement comme tenu à partir de son début : les personnes inscrites et non pointées
          seront alors comptées absentes.
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {event.status === 'draft' && (
          <li>
            <Button type="button" disabled={change.isPending} onClick={() => change.mutate('published')}>
              Publier
            </Button>
          </li>
        )}
        {event.status === 'published' && started && (
          <li>
            <Button type="button" disabled={change.isPending} onClick={() => change.mutate('held')}>
              Marquer comme tenu
            </Button>
          </li>
        )}
        {event.status === 'held' && (
          <li>
            <Button type="button" disabled={change.isPending} onClick={() => change.mutate('closed')}>
              Clôturer
            </Button>
          </li>
        )}
        {(event.status === 'published' || event.status === 'held') && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-list-ordered"
              linkProps={{ to: `/evenements/${event.id}/emargement` }}
            >
              Liste d’émargement
            </Button>
          </li>
        )}
        {editable && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-edit-line"
              linkProps={{ to: `/evenements/${event.id}/modifier` }}
            >
              Modifier
            </Button>
          </li>
        )}
        {cancellable && (
          <li>
            <ConfirmAction
              trigger="Annuler l’événement"
              triggerProps={{ priority: 'tertiary' }}
              title="Annuler l’événement ?"
              confirm="Annuler l’événement"
              busy={change.isPending}
              onConfirm={() => change.mutate('cancelled')}
            >
              <p>
                « {event.title} » sera annulé
                {event.registered + event.waitlisted > 0
                  ? ` : les ${event.registered + event.waitlisted} personnes inscrites ou en liste d’attente sont prévenues par SMS ou e-mail.`
                  : '.'}{' '}
                Cette action est définitive.
              </p>
            </ConfirmAction>
          </li>
        )}
      </ul>
    </div>
  );
}
