import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { attendanceCounts, filterByName } from './attendance';
import { AttendeeRow } from './AttendeeRow';
import { formatParisRange } from './parisTime';
import { useAttendance, useCheckIn, useEvent, type Attendance } from './queries';
import type { RecruitmentEvent } from './sharedLabels';
import { WalkInForm } from './WalkInForm';

/** The attendance list on the day, on a phone at the door: search, tick « Présent(e) », add a walk-in. */
export function AttendancePage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  return (
    <Loaded query={event} what="Cet événement">
      {(loaded) => <EventAttendance event={loaded} />}
    </Loaded>
  );
}

function EventAttendance({ event }: { event: RecruitmentEvent }) {
  const attendance = useAttendance(event.id);
  const me = useMe();
  // Only the organiser checks people in, while the event is published or held; others read their people's lines.
  const canCheckIn = event.canManage && (event.status === 'published' || event.status === 'held');
  return (
    <Page
      title={`Émargement : ${event.title}`}
      before={
        <Breadcrumb
          currentPageLabel="Émargement"
          segments={[
            { label: 'Événements', linkProps: { to: '/evenements' } },
            { label: event.title, linkProps: { to: `/evenements/${event.id}` } },
          ]}
        />
      }
    >
      <p className="fr-text--sm">{formatParisRange(event.startsAt, event.endsAt)}</p>
      {!canCheckIn && (
        <p className="fr-text--sm">
          {event.canManage
            ? 'L’émargement est fermé pour cet événement : la liste se lit seulement.'
            : 'Les personnes de votre structure sur la liste ; la structure qui organise fait l’émargement.'}
        </p>
      )}
      <Loaded query={attendance} what="Cette liste">
        {(list) => <AttendanceList eventId={event.id} list={list} canCheckIn={canCheckIn} />}
      </Loaded>
      {canCheckIn && me.data && <WalkInForm eventId={event.id} me={me.data} />}
    </Page>
  );
}

function AttendanceList({ eventId, list, canCheckIn }: { eventId: string; list: Attendance; canCheckIn: boolean }) {
  const [search, setSearch] = useState('');
  const checkIn = useCheckIn(eventId);
  const counts = attendanceCounts(list.items);
  const shown = filterByName(list.items, search);
  // The switch moves at once; it moves back if the request fails.
  const asked = (invitationId: string) =>
    checkIn.isPending && checkIn.variables.invitationId === invitationId ? checkIn.variables.present : undefined;
  return (
    <>
      <p className="passerelle-attendance-counts" role="status" aria-live="polite">
        <span>
          <strong>{counts.present}</strong> présent{counts.present > 1 ? 's' : ''}
        </span>
        <span>
          <strong>{counts.registered}</strong> inscrit{counts.registered > 1 ? 's' : ''}
        </span>
        {counts.walkIns > 0 && (
          <span>
            dont <strong>{counts.walkIns}</strong> sans inscription
          </span>
        )}
      </p>
      <Input
        label="Chercher par nom"
        iconId="fr-icon-search-line"
        nativeInputProps={{
          type: 'search',
          value: search,
          autoComplete: 'off',
          enterKeyHint: 'search',
          onChange: (event) => setSearch(event.target.value),
        }}
      />
      <ProblemAlert error={checkIn.error} />
      {list.items.length === 0 ? (
        <p>Personne n’est encore invité à cet événement.</p>
      ) : shown.length === 0 ? (
        <p>Aucune personne de ce nom dans la liste.</p>
      ) : (
        <ul className="passerelle-attendance" aria-label={`Liste d’émargement, ${shown.length} personne(s)`}>
          {shown.map((attendee) => (
            <AttendeeRow
              key={attendee.invitationId}
              attendee={attendee}
              canCheckIn={canCheckIn}
              present={asked(attendee.invitationId) ?? attendee.status === 'attended'}
              busy={asked(attendee.invitationId) !== undefined}
              onToggle={(present) => checkIn.mutate({ invitationId: attendee.invitationId, present })}
            />
          ))}
        </ul>
      )}
    </>
  );
}
