import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useSearchParams } from 'react-router';
import { ErrorPage } from '../ui/ErrorPages';
import { Loading, Page } from '../ui/Page';
import { adviserStatusLabels, byColumn, openColumns, outcomeColumns } from './board';
import { PipelineCard } from './PipelineCard';
import { PipelineFilters, type BoardFilter } from './PipelineFilters';
import { useBoardMatches, useCandidatesById, useOfferTitlesById } from './queries';
import type { MatchStatus } from '../ui/labels';

function filterOf(params: URLSearchParams): BoardFilter {
  return {
    offerId: params.get('offre') ?? undefined,
    candidateId: params.get('personne') ?? undefined,
    adviserId: params.get('conseiller') ?? undefined,
  };
}

function paramsOf(filter: BoardFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.offerId) params.set('offre', filter.offerId);
  if (filter.candidateId) params.set('personne', filter.candidateId);
  if (filter.adviserId) params.set('conseiller', filter.adviserId);
  return params;
}

/** Every match of the organisation's people, one column per status; each card moves by its allowed actions. */
export function PipelinePage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const board = useBoardMatches(filter);
  const all = board.data?.pages.flatMap((page) => page.items) ?? [];
  const people = useCandidatesById(all.map((match) => match.candidateId));
  const titles = useOfferTitlesById(all.map((match) => match.offerId));
  const shown = all;
  const nameOf = (id: string) => {
    const person = people.get(id);
    return person ? `${person.contact.firstName} ${person.contact.lastName}` : 'Personne';
  };
  const columns = byColumn(shown);
  const outcomes = outcomeColumns.reduce((sum, status) => sum + (columns.get(status)?.length ?? 0), 0);

  const column = (status: MatchStatus) => {
    const items = columns.get(status) ?? [];
    const id = `colonne-${status}`;
    return (
      <section key={status} className="fr-col-12 fr-col-md-6 fr-col-xl" aria-labelledby={id}>
        <div className="passerelle-board-column fr-p-2w">
          <h2 id={id} className="fr-h6 fr-mb-2w">
            {adviserStatusLabels[status]} <span className="passerelle-mention">({items.length})</span>
          </h2>
          {items.length === 0 ? (
            <p className="fr-text--sm passerelle-mention">Aucune</p>
          ) : (
            <ul className="passerelle-plain-list">
              {items.map((match) => (
                <li key={match.id} className="fr-mb-2w">
                  <PipelineCard
                    match={match}
                    personName={nameOf(match.candidateId)}
                    offerTitle={titles.get(match.offerId) ?? 'Offre'}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    );
  };

  return (
    <Page title="Suivi des mises en relation">
      <PipelineFilters filter={filter} onChange={(next) => setParams(paramsOf(next))} />
      {board.isError ? (
        <ErrorPage error={board.error} />
      ) : board.isPending ? (
        <Loading what="les mises en relation" />
      ) : (
        <>
          <p role="status" aria-live="polite">
            {shown.length === 0
              ? 'Aucune mise en relation pour ces filtres.'
              : `${shown.length} mise${shown.length > 1 ? 's' : ''} en relation${board.hasNextPage ? ' (d’autres restent à charger)' : ''}`}
          </p>
          <div className="fr-grid-row fr-grid-row--gutters fr-mb-2w">{openColumns.map(column)}</div>
          <Accordion label={`Issues (${outcomes})`} className="fr-mb-2w">
            <div className="fr-grid-row fr-grid-row--gutters">{outcomeColumns.map(column)}</div>
          </Accordion>
          {board.hasNextPage && (
            <Button priority="secondary" disabled={board.isFetchingNextPage} onClick={() => void board.fetchNextPage()}>
              Charger plus de mises en relation
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
