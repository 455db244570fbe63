import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { matchStatusLabels, type MatchStatus } from '../ui/labels';
import { months } from '../ui/format';
import type { MetPerson } from './employerEvent';

const isMatchStatus = (status: string): status is MatchStatus => status in matchStatusLabels;

/**
 * One person met at the event, as they agreed to be shown (first name, initial, jobs, skills:
 * never a contact or a barrier), with « Demander un entretien » for each offer they could fill.
 */
export function EmployerMetPerson({
  person,
  offers,
  titleOf,
  busy,
  requestedMatchId,
  onRequest,
}: {
  person: MetPerson;
  offers: readonly string[];
  titleOf: (offerId: string) => string;
  busy: boolean;
  requestedMatchId: string | null;
  onRequest: (offerId: string) => void;
}) {
  const { profile } = person;
  if (!profile) return null;
  const name = `${profile.firstName} ${profile.lastNameInitial}`;
  const matchId = requestedMatchId ?? person.matchId;
  return (
    <li className="fr-col-12 fr-col-md-6">
      <div className="passerelle-met-person fr-p-3w">
        <h3 className="fr-h5 fr-mb-1w">{name}</h3>
        <dl className="fr-pl-0">
          <dt className="fr-text--bold">Métiers recherchés</dt>
          <dd className="fr-ml-0 fr-mb-1w">{profile.desiredJobs.map((job) => job.label).join(', ') || '—'}</dd>
          <dt className="fr-text--bold">Compétences</dt>
          <dd className="fr-ml-0 fr-mb-1w">{profile.skills.join(', ') || '—'}</dd>
          <dt className="fr-text--bold">Expérience</dt>
          <dd className="fr-ml-0 fr-mb-1w">
            {profile.experiences.length === 0
              ? 'Aucune expérience déclarée'
              : profile.experiences.map((item) => `${item.label} : ${months(item.months)}`).join(' ; ')}
          </dd>
        </dl>
        {requestedMatchId && (
          <Alert
            small
            severity="success"
            className="fr-mb-2w"
            description="Demande d’entretien envoyée à son conseiller."
          />
        )}
        {matchId ? (
          <p className="fr-mb-0">
            {person.matchStatus && !requestedMatchId && isMatchStatus(person.matchStatus) && (
              <>{matchStatusLabels[person.matchStatus]}. </>
            )}
            <Link to={`/mises-en-relation/${matchId}`}>
              Voir la mise en relation<span className="fr-sr-only"> avec {name}</span>
            </Link>
          </p>
        ) : (
          <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--icon-left">
            {offers.map((offerId) => (
              <li key={offerId}>
                <Button
                  type="button"
                  size="small"
                  iconId="fr-icon-calendar-event-line"
                  disabled={busy}
                  onClick={() => onRequest(offerId)}
                >
                  Demander un entretien
                  {offers.length > 1 ? ` — ${titleOf(offerId)}` : ''}
                  <span className="fr-sr-only">
                    {offers.length > 1 ? '' : ` pour « ${titleOf(offerId)} »`} avec {name}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
