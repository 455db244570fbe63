import { useState } from 'react';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { EmployerMetPerson } from './EmployerMetPerson';
import { interviewOffers, type RecruitmentEvent } from './employerEvent';
import { useEventInterviewRequest, useMetPeople, useOwnOffers } from './employerQueries';

/** After the event: those the employer met who agreed to be shown, to ask for an interview. */
export function EmployerMetPeople({ event, brought }: { event: RecruitmentEvent; brought: readonly string[] }) {
  const people = useMetPeople(event.id, true);
  const offers = useOwnOffers();
  const request = useEventInterviewRequest(event.id);
  const [requested, setRequested] = useState<Record<string, string>>({});
  const titleOf = (id: string) => offers.data?.find((offer) => offer.id === id)?.title ?? 'votre offre';

  return (
    <section aria-labelledby="met-people-title" className="fr-mb-4w">
      <h2 id="met-people-title" className="fr-h4">
        Personnes rencontrées
      </h2>
      <p>
        Les personnes venues qui ont accepté que leur profil vous soit montré. Votre demande d’entretien est transmise à
        leur conseiller ; leurs coordonnées vous sont communiquées avec leur accord.
      </p>
      <ProblemAlert error={request.error ?? people.error} />
      {people.isPending && <Loading what="des personnes rencontrées" />}
      {people.isSuccess &&
        (() => {
          const shown = people.data.items.filter((person) => person.profile !== null);
          if (shown.length === 0) return <p>Aucune personne rencontrée n’a partagé son profil.</p>;
          return (
            <ul className="fr-grid-row fr-grid-row--gutters passerelle-plain-list">
              {shown.map((person) => (
                <EmployerMetPerson
                  key={person.candidateId}
                  person={person}
                  offers={interviewOffers(person, brought)}
                  titleOf={titleOf}
                  busy={request.isPending}
                  requestedMatchId={requested[person.candidateId] ?? null}
                  onRequest={(offerId) =>
                    request.mutate(
                      { candidateId: person.candidateId, offerId },
                      {
                        onSuccess: (match) =>
                          setRequested((current) => ({ ...current, [person.candidateId]: match.id })),
                      },
                    )
                  }
                />
              ))}
            </ul>
          );
        })()}
    </section>
  );
}
