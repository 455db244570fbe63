import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { EventForm } from './EventForm';
import { emptyEvent, fromEvent, toBody, toChanges } from './eventForm';
import { useCreateEvent, useEvent, useUpdateEvent } from './queries';
import type { RecruitmentEvent } from './sharedLabels';

const eventsCrumb = { label: 'Événements', linkProps: { to: '/evenements' } };

/** The organiser's form: a new event (a draft), or the changes to one. */
export function EventFormPage() {
  const { id } = useParams();
  const me = useMe();
  if (!me.data) return <Loading />;
  const role = me.data.user.role === 'admin' ? 'admin' : 'adviser';
  return id ? <EditEvent id={id} role={role} /> : <NewEvent role={role} />;
}

function NewEvent({ role }: { role: 'adviser' | 'admin' }) {
  const navigate = useNavigate();
  const create = useCreateEvent();
  return (
    <Page
      title="Organiser un événement"
      before={<Breadcrumb currentPageLabel="Organiser un événement" segments={[eventsCrumb]} />}
    >
      <p>
        L’événement est enregistré comme brouillon : vous le relirez, puis le publierez pour inviter les personnes qui
        correspondent aux offres des employeurs présents.
      </p>
      <EventForm
        initial={emptyEvent}
        creating
        role={role}
        submitLabel="Enregistrer le brouillon"
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toBody(values), { onSuccess: (event) => void navigate(`/evenements/${event.id}`) })
        }
        cancel={
          <Button priority="secondary" linkProps={{ to: '/evenements' }}>
            Annuler
          </Button>
        }
      />
    </Page>
  );
}

function EditEvent({ id, role }: { id: string; role: 'adviser' | 'admin' }) {
  const event = useEvent(id);
  return (
    <Loaded query={event} what="Cet événement">
      {(loaded) => <EditLoadedEvent event={loaded} role={role} />}
    </Loaded>
  );
}

function EditLoadedEvent({ event, role }: { event: RecruitmentEvent; role: 'adviser' | 'admin' }) {
  const navigate = useNavigate();
  const update = useUpdateEvent(event.id);
  const initial = fromEvent(event);
  const back = `/evenements/${event.id}`;
  return (
    <Page
      title={`Modifier « ${event.title} »`}
      before={
        <Breadcrumb
          currentPageLabel="Modifier"
          segments={[eventsCrumb, { label: event.title, linkProps: { to: back } }]}
        />
      }
    >
      {event.registered + event.waitlisted > 0 && (
        <p className="fr-text--lead">Les personnes inscrites sont prévenues d’un changement d’heure ou de lieu.</p>
      )}
      <EventForm
        initial={initial}
        creating={false}
        role={role}
        submitLabel="Enregistrer les modifications"
        busy={update.isPending}
        error={update.error}
        onSubmit={(values) => {
          const changes = toChanges(initial, values);
          if (Object.keys(changes).length === 0) {
            void navigate(back);
            return;
          }
          update.mutate(changes, { onSuccess: () => void navigate(back) });
        }}
        cancel={
          <Button priority="secondary" linkProps={{ to: back }}>
            Annuler
          </Button>
        }
      />
    </Page>
  );
}
