import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr/generatedFromCss/classNames';
import type { ReactNode } from 'react';
import { recruitmentEventKindLabels } from '../../../../shared/domain/recruitmentEvents/recruitmentEvent';
import { eventWhen, eventWhere } from './eventText';
import type { RsvpView } from './rsvpOutcome';

function Fact({ icon, term, children }: { icon: FrIconClassName; term: string; children: ReactNode }) {
  return (
    <div className="passerelle-rsvp-fact">
      <dt>
        <span className={`${icon} fr-mr-1w`} aria-hidden="true" />
        {term}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What, when, where and with whom: the event as the invited person needs it to come. */
export function RsvpEventFacts({ event }: { event: RsvpView['event'] }) {
  const { place } = event;
  return (
    <section className="passerelle-rsvp-event fr-mb-4w" aria-labelledby="rsvp-event-title">
      <p className="fr-badge fr-badge--info fr-badge--no-icon fr-mb-1w">{recruitmentEventKindLabels[event.kind]}</p>
      <h2 id="rsvp-event-title" className="fr-h4 fr-mb-2w">
        {event.title}
      </h2>
      <dl className="fr-mb-0">
        <Fact icon="fr-icon-calendar-event-line" term="Quand">
          {eventWhen(event.startsAt, event.endsAt)}
        </Fact>
        <Fact icon={place.online ? 'fr-icon-computer-line' : 'fr-icon-map-pin-2-line'} term="Où">
          {eventWhere(place)}
          {place.online && place.url && (
            <>
              {' '}
              :{' '}
              <a href={place.url} target="_blank" rel="noreferrer">
                lien pour participer<span className="fr-sr-only"> (nouvelle fenêtre)</span>
              </a>
            </>
          )}
        </Fact>
        {event.employers.length > 0 && (
          <Fact
            icon="fr-icon-building-line"
            term={event.employers.length === 1 ? 'Employeur présent' : 'Employeurs présents'}
          >
            {event.employers.length === 1 ? (
              event.employers[0]
            ) : (
              <ul className="fr-mb-0 passerelle-rsvp-employers">
                {event.employers.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            )}
          </Fact>
        )}
      </dl>
      {event.description && (
        <p className="fr-mt-2w fr-mb-0" style={{ whiteSpace: 'pre-line' }}>
          {event.description}
        </p>
      )}
    </section>
  );
}
