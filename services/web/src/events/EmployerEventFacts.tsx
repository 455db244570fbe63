import { recruitmentEventKindLabels } from '../../../../shared/domain/recruitmentEvents/recruitmentEvent';
import { eventWhen, eventWhere, parisClock, parisDay } from '../rsvp/eventText';
import { sectorLabels } from '../../../../shared/domain/reference/sectors';
import type { RecruitmentEvent } from './employerEvent';
import { placesText } from './employerEvent';

/** The event as an employer asked to it needs it: when, where, how many are coming. */
export function EmployerEventFacts({ event }: { event: RecruitmentEvent }) {
  const rows: [string, string][] = [
    ['Type', recruitmentEventKindLabels[event.kind]],
    ['Quand', eventWhen(event.startsAt, event.endsAt)],
    ['Où', eventWhere(event.place)],
    ['Inscriptions', placesText(event)],
    [
      'Date limite d’inscription',
      `${parisDay(event.registrationDeadline)} à ${parisClock(event.registrationDeadline)}`,
    ],
    ['Secteurs', event.sectors.map((sector) => sectorLabels[sector]).join(', ') || 'Tous'],
  ];
  return (
    <dl className="fr-grid-row">
      {rows.map(([term, value]) => (
        <div key={term} className="fr-col-12 fr-col-md-6 fr-mb-2w">
          <dt className="fr-text--bold fr-mb-0">{term}</dt>
          <dd className="fr-ml-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the organiser wrote, and the employers who will be there. */
export function EmployerEventAbout({ event, organizationId }: { event: RecruitmentEvent; organizationId: string }) {
  const employers = event.participants.filter((item) => item.status !== 'declined');
  return (
    <>
      {event.description && (
        <>
          <h2 className="fr-h4">Présentation</h2>
          <p style={{ whiteSpace: 'pre-line' }}>{event.description}</p>
        </>
      )}
      <h2 className="fr-h4">Employeurs présents</h2>
      {employers.length === 0 && <p>Aucun employeur n’a encore accepté.</p>}
      <ul>
        {employers.map((participant) => (
          <li key={participant.organizationId}>
            {participant.organizationName}
            {participant.organizationId === organizationId && ' (votre organisation)'}
            {participant.status === 'asked' && ' — réponse attendue'}
          </li>
        ))}
      </ul>
    </>
  );
}
