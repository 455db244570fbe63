import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../session/queries';
import { ErrorPage } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { CampaignsSection } from './CampaignsSection';
import { formatParisShort } from './parisTime';
import { useEvents } from './queries';
import { ScrollTable } from './ScrollTable';
import { eventKindLabels, eventStatusLabels, eventStatusSeverity, placeText } from './sharedLabels';

/** Every role's list of events: the territory's for organisers, those an employer is asked to. */
export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const upcoming = params.get('periode') !== 'toutes';
  const events = useEvents(upcoming);
  const me = useMe();
  const organiser = me.data?.user.role === 'adviser' || me.data?.user.role === 'admin';

  if (events.isError) return <ErrorPage error={events.error} />;
  return (
    <Page title="Événements de recrutement">
      {organiser && (
        <p>
          <Button iconId="fr-icon-add-line" linkProps={{ to: '/evenements/nouveau' }}>
            Organiser un événement
          </Button>
        </p>
      )}
      <RadioButtons
        legend="Afficher"
        orientation="horizontal"
        options={[
          {
            label: 'Les événements à venir',
            nativeInputProps: { checked: upcoming, onChange: () => setParams({}) },
          },
          {
            label: 'Tous les événements',
            nativeInputProps: { checked: !upcoming, onChange: () => setParams({ periode: 'toutes' }) },
          },
        ]}
      />
      {events.isPending ? (
        <Loading what="les événements" />
      ) : events.data.length === 0 ? (
        <p className="fr-mt-2w">{upcoming ? 'Aucun événement à venir.' : 'Aucun événement pour l’instant.'}</p>
      ) : (
        <ScrollTable
          className="fr-mt-2w"
          showCaption
          caption={upcoming ? 'Événements à venir, les plus proches d’abord' : 'Tous les événements'}
          headers={['Événement', 'Type', 'Date (heure de Paris)', 'Lieu', 'Statut', 'Inscrits / places']}
          rows={events.data.map((event) => ({
            key: event.id,
            cells: [
              <Link key="title" to={`/evenements/${event.id}`}>
                {event.title}
              </Link>,
              eventKindLabels[event.kind],
              formatParisShort(event.startsAt),
              placeText(event.place),
              <Badge key="status" small severity={eventStatusSeverity[event.status]} noIcon>
                {eventStatusLabels[event.status]}
              </Badge>,
              `${event.registered} / ${event.capacity}${event.waitlisted > 0 ? ` (+ ${event.waitlisted} en attente)` : ''}`,
            ],
          }))}
        />
      )}
      {organiser && <CampaignsSection />}
    </Page>
  );
}
