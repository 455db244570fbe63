import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { sectorLabels } from '../../../../shared/domain/reference/sectors';
import { formatParisDateTime, formatParisRange } from './parisTime';
import { ScrollTable } from './ScrollTable';
import { eventKindLabels, participationStatusLabels, placeText, type RecruitmentEvent } from './sharedLabels';

const participationSeverity = { asked: 'new', accepted: 'success', declined: undefined } as const;

/** What, when, where, for whom, and the employers asked with their answers. */
export function EventDetails({ event }: { event: RecruitmentEvent }) {
  const facts: [string, ReactNode][] = [
    ['Type', eventKindLabels[event.kind]],
    ['Quand', `${formatParisRange(event.startsAt, event.endsAt)} (heure de Paris)`],
    [
      'Où',
      event.place.online && event.place.url ? (
        <>
          En ligne :{' '}
          <a href={event.place.url} target="_blank" rel="noreferrer">
            {event.place.url}
          </a>
        </>
      ) : (
        placeText(event.place)
      ),
    ],
    ['Inscriptions jusqu’au', formatParisDateTime(event.registrationDeadline)],
    [
      'Places',
      `${event.registered} inscrit${event.registered > 1 ? 's' : ''} sur ${event.capacity}${event.waitlisted > 0 ? `, ${event.waitlisted} en liste d’attente` : ''}`,
    ],
    ['Secteurs', event.sectors.length > 0 ? event.sectors.map((sector) => sectorLabels[sector]).join(', ') : 'Tous'],
  ];
  if (event.campaignId) {
    facts.push([
      'Campagne',
      <Link key="campaign" to={`/evenements/campagnes/${event.campaignId}`}>
        Voir les chiffres de la campagne
      </Link>,
    ]);
  }
  return (
    <>
      <dl className="passerelle-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {event.description && <p className="passerelle-event-description">{event.description}</p>}
      <h2 className="fr-h4 fr-mt-4w">Employeurs participants</h2>
      {event.participants.length === 0 ? (
        <p>Aucun employeur n’est encore sollicité.</p>
      ) : (
        <ScrollTable
          caption="Employeurs sollicités et leur réponse"
          headers={['Employeur', 'Réponse', 'Offres présentées']}
          rows={event.participants.map((participant) => ({
            key: participant.organizationId,
            cells: [
              participant.organizationName,
              <Badge key="status" small severity={participationSeverity[participant.status]} noIcon>
                {participationStatusLabels[participant.status]}
              </Badge>,
              String(participant.offerIds.length),
            ],
          }))}
        />
      )}
    </>
  );
}
