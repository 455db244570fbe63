import { ProblemAlert } from '../ui/ProblemAlert';
import { FigureBoxes } from './FigureBoxes';
import { figureCells, figureHeaders } from './figures';
import { useEventFigures } from './queries';
import { ScrollTable } from './ScrollTable';

/** The event's figures: its funnel and rates, then the same per employer. */
export function FiguresSection({ eventId }: { eventId: string }) {
  const figures = useEventFigures(eventId);
  return (
    <section aria-labelledby="figures-title" className="fr-mt-6w">
      <h2 id="figures-title" className="fr-h4">
        Chiffres
      </h2>
      <p className="fr-text--sm">
        Les entretiens, embauches et entrées en formation comptent ceux des personnes présentes dans les 3 mois qui
        suivent l’événement.
      </p>
      {figures.isPending ? (
        <p role="status">Chargement des chiffres…</p>
      ) : figures.isError ? (
        <ProblemAlert error={figures.error} />
      ) : (
        <>
          <FigureBoxes figures={figures.data.figures} />
          {figures.data.byEmployer.length > 0 && (
            <>
              <h3 className="fr-h5 fr-mt-4w">Par employeur</h3>
              <ScrollTable
                className="fr-mt-3w"
                caption="Chiffres par employeur"
                headers={['Employeur', ...figureHeaders]}
                rows={figures.data.byEmployer.map((row) => ({
                  key: row.organizationId,
                  cells: [row.organizationName, ...figureCells(row.figures)],
                }))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
