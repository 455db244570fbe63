import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { formatDate } from '../ui/format';
import { matchStatusLabels, type MatchStatus } from '../ui/labels';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useCandidateMatches, useOfferTitles } from './queries';

/** The adviser's words for a status (the shared labels speak to the employer: "en attente de votre réponse"). */
const adviserStatusLabels: Partial<Record<MatchStatus, string>> = {
  proposed: 'Proposée, en attente de l’employeur',
};

const openStatuses: readonly MatchStatus[] = [
  'suggested',
  'shortlisted',
  'proposed',
  'interview_requested',
  'interview_scheduled',
];

export function PersonMatches({ candidateId }: { candidateId: string }) {
  const matches = useCandidateMatches(candidateId);
  const titles = useOfferTitles(matches.data?.map((match) => match.offerId) ?? []);
  return (
    <>
      <h2 className="fr-h4">Mises en relation</h2>
      <p>
        Les offres sur lesquelles la personne a été présélectionnée ou proposée. Pour en trouver d’autres, voyez{' '}
        <Link to={`/personnes/${candidateId}/suggestions`}>les offres suggérées</Link>.
      </p>
      {matches.isPending ? (
        <Loading what="ses mises en relation" />
      ) : matches.isError ? (
        <ProblemAlert error={matches.error} />
      ) : matches.data.length === 0 ? (
        <p>Aucune mise en relation pour l’instant.</p>
      ) : (
        <Table
          caption="Mises en relation de la personne"
          headers={['Offre', 'Statut', 'Depuis le']}
          data={matches.data.map((match) => {
            const last = match.history.at(-1);
            const title = titles.get(match.offerId) ?? 'Offre';
            return [
              <Link key="offer" to={`/mises-en-relation/${match.id}`}>
                {title}
                <span className="fr-sr-only"> : voir la mise en relation</span>
              </Link>,
              <Badge key="status" small noIcon severity={openStatuses.includes(match.status) ? 'info' : undefined}>
                {adviserStatusLabels[match.status] ?? matchStatusLabels[match.status]}
              </Badge>,
              last ? formatDate(last.at) : '—',
            ];
          })}
        />
      )}
    </>
  );
}
