import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Link } from 'react-router';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { ProblemAlert } from '../ui/ProblemAlert';
import {
  participationOpen,
  participationStatusLabels,
  participationStatusSeverity,
  type Participation,
  type RecruitmentEvent,
} from './employerEvent';
import { useAnswerParticipation, useOwnOffers } from './employerQueries';

/** The employer's answer: it takes part with the offers it brings, or declines; both can change before the day. */
export function EmployerParticipation({
  event,
  participation,
}: {
  event: RecruitmentEvent;
  participation: Participation;
}) {
  const offers = useOwnOffers();
  const answer = useAnswerParticipation(event.id);
  const [chosen, setChosen] = useState<string[]>(participation.offerIds);
  const open = participationOpen(event);
  // Once answered, the form opens on demand: the page then reads as the answer given.
  const [editing, setEditing] = useState(false);
  const showForm = open && (participation.status === 'asked' || editing);
  const titleOf = (id: string) => offers.data?.find((offer) => offer.id === id)?.title ?? 'Offre';
  const published = (offers.data ?? []).filter((offer) => offer.status === 'published' || chosen.includes(offer.id));
  const offersError = reasonFor(fieldErrorsOf(answer.error), 'offerIds');

  const toggle = (id: string, checked: boolean) =>
    setChosen((current) => (checked ? [...current, id] : current.filter((item) => item !== id)));
  const accept = (submitted: FormEvent) => {
    submitted.preventDefault();
    answer.mutate({ accept: true, offerIds: chosen }, { onSuccess: () => setEditing(false) });
  };
  const decline = () => answer.mutate({ accept: false }, { onSuccess: () => setEditing(false) });

  return (
    <section aria-labelledby="participation-title" className="fr-mb-4w">
      <h2 id="participation-title" className="fr-h4 fr-mt-2w">
        Votre participation
      </h2>
      <p>
        <Badge noIcon {...severityProps(participationStatusSeverity[participation.status])}>
          {participationStatusLabels[participation.status]}
        </Badge>
      </p>
      {participation.status === 'accepted' && participation.offerIds.length > 0 && (
        <>
          <p className="fr-mb-1w">Les offres que vous présentez :</p>
          <ul>
            {participation.offerIds.map((id) => (
              <li key={id}>
                <Link to={`/offres/${id}`}>{titleOf(id)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <div role="status">
        {answer.isSuccess && (
          <Alert
            small
            severity="success"
            className="fr-mb-2w"
            description={
              participation.status === 'declined'
                ? 'Votre refus est enregistré.'
                : 'Votre participation est enregistrée.'
            }
          />
        )}
      </div>
      {open && !showForm && (
        <Button type="button" priority="secondary" iconId="fr-icon-edit-line" onClick={() => setEditing(true)}>
          Modifier ma réponse
        </Button>
      )}
      {showForm && (
        <form onSubmit={accept} noValidate>
          <ProblemAlert error={answer.error} shownFields={['offerIds']} />
          {offers.isPending ? (
            <p role="status">Chargement de vos offres…</p>
          ) : published.length === 0 ? (
            <p>
              Vous n’avez pas d’offre publiée à présenter. Vous pouvez accepter sans offre, ou{' '}
              <Link to="/offres/nouvelle">publier une offre</Link> d’abord.
            </p>
          ) : (
            <Checkbox
              legend="Les offres que vous présentez"
              hintText="Les personnes invitées sont choisies parmi celles qui correspondent à ces offres."
              state={offersError ? 'error' : 'default'}
              stateRelatedMessage={offersError}
              options={published.map((offer) => ({
                label: offer.title,
                hintText: `${offer.location.name}${offer.location.postalCode ? ` (${offer.location.postalCode})` : ''}`,
                nativeInputProps: {
                  name: 'offerIds',
                  value: offer.id,
                  checked: chosen.includes(offer.id),
                  onChange: (changed) => toggle(offer.id, changed.currentTarget.checked),
                },
              }))}
            />
          )}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Button type="submit" disabled={answer.isPending} iconId="fr-icon-check-line">
                {participation.status === 'accepted' ? 'Enregistrer' : 'Accepter'}
              </Button>
            </li>
            {participation.status !== 'declined' && (
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  disabled={answer.isPending}
                  iconId="fr-icon-close-line"
                  onClick={decline}
                >
                  Décliner
                </Button>
              </li>
            )}
            {editing && (
              <li>
                <Button type="button" priority="tertiary" onClick={() => setEditing(false)}>
                  Annuler
                </Button>
              </li>
            )}
          </ul>
        </form>
      )}
    </section>
  );
}

const severityProps = (severity: 'new' | 'success' | undefined) => (severity ? { severity } : {});
