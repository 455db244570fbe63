import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useParams } from 'react-router';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { EventDetails } from './EventDetails';
import { EventStatusActions } from './EventStatusActions';
import { FiguresSection } from './FiguresSection';
import { InviteesSection } from './InviteesSection';
import { useEvent } from './queries';
import { eventStatusLabels, eventStatusSeverity, type RecruitmentEvent } from './sharedLabels';

/** An event for its organisers and the territory's advisers: details, next steps, invitees, figures. */
export function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  return (
    <Loaded query={event} what="Cet événement">
      {(loaded) => <LoadedEvent event={loaded} />}
    </Loaded>
  );
}

function LoadedEvent({ event }: { event: RecruitmentEvent }) {
  const me = useMe();
  const adviser = me.data?.user.role === 'adviser';
  return (
    <Page
      title={event.title}
      before={
        <Breadcrumb
          currentPageLabel={event.title}
          segments={[{ label: 'Événements', linkProps: { to: '/evenements' } }]}
        />
      }
    >
      <p>
        <Badge severity={eventStatusSeverity[event.status]} noIcon>
          {eventStatusLabels[event.status]}
        </Badge>
      </p>
      {event.canManage ? (
        <EventStatusActions event={event} />
      ) : (
        (event.status === 'published' || event.status === 'held') && (
          <p>
            <Button
              priority="secondary"
              iconId="fr-icon-list-ordered"
              linkProps={{ to: `/evenements/${event.id}/emargement` }}
            >
              Liste d’émargement de vos personnes
            </Button>
          </p>
        )
      )}
      <EventDetails event={event} />
      {adviser && event.status === 'published' && <InviteesSection eventId={event.id} />}
      {event.status !== 'draft' && <FiguresSection eventId={event.id} />}
    </Page>
  );
}
