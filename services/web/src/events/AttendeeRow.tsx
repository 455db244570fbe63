import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import type { Attendee } from './queries';
import { invitationStatusLabels } from './sharedLabels';

/** One person of the list: their name and structure, and the big « Présent(e) » switch. */
export function AttendeeRow({
  attendee,
  present,
  canCheckIn,
  busy,
  onToggle,
}: {
  attendee: Attendee;
  /** As the server has it, or as just asked while the request runs. */
  present: boolean;
  canCheckIn: boolean;
  busy: boolean;
  onToggle: (present: boolean) => void;
}) {
  return (
    <li className={`passerelle-attendee${present ? ' passerelle-attendee--present' : ''}`}>
      <div className="passerelle-attendee__who">
        <p className="passerelle-attendee__name fr-mb-0">{attendee.name}</p>
        <p className="fr-text--xs fr-mb-0 fr-hint-text">
          {attendee.organizationName} ·{' '}
          {attendee.walkIn ? 'venu(e) sans inscription' : invitationStatusLabels[attendee.status]}
        </p>
      </div>
      {canCheckIn ? (
        <ToggleSwitch
          className="passerelle-attendee__toggle"
          label={
            <>
              Présent(e)<span className="fr-sr-only"> : {attendee.name}</span>
            </>
          }
          labelPosition="left"
          showCheckedHint={false}
          checked={present}
          disabled={busy}
          onChange={(checked) => onToggle(checked)}
        />
      ) : (
        <span className="fr-text--sm fr-mb-0">{present ? 'Présent(e)' : invitationStatusLabels[attendee.status]}</span>
      )}
    </li>
  );
}
