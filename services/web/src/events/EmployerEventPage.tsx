import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useParams } from 'react-router';
import { useMe } from '../session/queries';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { EmployerEventAbout, EmployerEventFacts } from './EmployerEventFacts';
import { EmployerMetPeople } from './EmployerMetPeople';
import { EmployerParticipation } from './EmployerParticipation';
import {
  employerEventStatusLabels,
  employerEventStatusSeverity,
  eventIsOver,
  ownParticipation,
  type RecruitmentEvent,
} from './employerEvent';
import { useRecruitmentEvent } from './employerQueries';

/** An event the employer is asked to: what it is, its answer, and after the day the people it met. */
export function EmployerEventPage() {
  const { id = '' } = useParams();
  const event = useRecruitmentEvent(id);
  return (
    <Loaded query={event} what="Cet événement">
      {(loaded) => <EmployerEvent event={loaded} />}
    </Loaded>
  );
}

function EmployerEvent({ event }: { event: RecruitmentEvent }) {
  const me = useMe();
  const organizationId = me.data?.organization.id ?? '';
  const participation = ownParticipation(event, organizationId);
  const severity = employerEventStatusSeverity[event.status];
  // After the day, the people met come first: that is what the employer comes back for.
  const over = eventIsOver(event);
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
      <p className="fr-mb-3w">
        <Badge noIcon {...(severity ? { severity } : {})}>
          {employerEventStatusLabels[event.status]}
        </Badge>
      </p>
      {event.status === 'cancelled' && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          title="Événement annulé"
          description="L’organisateur a annulé cet événement ; les personnes inscrites en ont été informées."
          as="h2"
        />
      )}
      <EmployerEventFacts event={event} />
      {participation && over && participation.status !== 'declined' && (
        <EmployerMetPeople event={event} brought={participation.offerIds} />
      )}
      {participation && <EmployerParticipation event={event} participation={participation} />}
      <EmployerEventAbout event={event} organizationId={organizationId} />
    </Page>
  );
}
