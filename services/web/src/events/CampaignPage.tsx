import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router';
import { sectorLabels } from '../../../../shared/domain/reference/sectors';
import { Loaded } from '../ui/ErrorPages';
import { Page } from '../ui/Page';
import { FigureBoxes } from './FigureBoxes';
import { figureCells, figureHeaders } from './figures';
import { formatParisDay, formatParisShort } from './parisTime';
import { useCampaignFigures, type CampaignFigures } from './queries';
import { ScrollTable } from './ScrollTable';

/** A campaign's totals, then the same figures per event, per sector and per employer. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const figures = useCampaignFigures(id);
  return (
    <Loaded query={figures} what="Cette campagne">
      {(loaded) => <LoadedCampaign figures={loaded} />}
    </Loaded>
  );
}

function LoadedCampaign({ figures }: { figures: CampaignFigures }) {
  const { campaign } = figures;
  return (
    <Page
      title={`Campagne « ${campaign.name} »`}
      before={
        <Breadcrumb
          currentPageLabel={campaign.name}
          segments={[{ label: 'Événements', linkProps: { to: '/evenements' } }]}
        />
      }
    >
      <p className="fr-text--lead">
        Du {formatParisDay(campaign.from)} au {formatParisDay(campaign.to)}, {figures.byEvent.length} événement
        {figures.byEvent.length > 1 ? 's' : ''}.
      </p>
      <section aria-labelledby="totals-title" className="fr-mb-6w">
        <h2 id="totals-title" className="fr-h4">
          Totaux
        </h2>
        <FigureBoxes figures={figures.figures} />
      </section>
      <section aria-labelledby="by-event-title" className="fr-mb-6w">
        <h2 id="by-event-title" className="fr-h4">
          Par événement
        </h2>
        {figures.byEvent.length === 0 ? (
          <p>Aucun événement dans cette campagne pour l’instant.</p>
        ) : (
          <ScrollTable
            caption="Chiffres par événement"
            headers={['Événement', 'Date', ...figureHeaders]}
            rows={figures.byEvent.map((row) => ({
              key: row.eventId,
              cells: [
                <Link key="title" to={`/evenements/${row.eventId}`}>
                  {row.title}
                </Link>,
                formatParisShort(row.startsAt),
                ...figureCells(row.figures),
              ],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="by-sector-title" className="fr-mb-6w">
        <h2 id="by-sector-title" className="fr-h4">
          Par secteur
        </h2>
        {figures.bySector.length === 0 ? (
          <p>Aucun secteur indiqué sur les événements de la campagne.</p>
        ) : (
          <ScrollTable
            caption="Chiffres par secteur"
            headers={['Secteur', ...figureHeaders]}
            rows={figures.bySector.map((row) => ({
              key: row.sector,
              cells: [sectorLabels[row.sector], ...figureCells(row.figures)],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="by-employer-title" className="fr-mb-6w">
        <h2 id="by-employer-title" className="fr-h4">
          Par employeur
        </h2>
        {figures.byEmployer.length === 0 ? (
          <p>Aucun employeur n’a encore participé.</p>
        ) : (
          <ScrollTable
            caption="Chiffres par employeur"
            headers={['Employeur', ...figureHeaders]}
            rows={figures.byEmployer.map((row) => ({
              key: row.organizationId,
              cells: [row.organizationName, ...figureCells(row.figures)],
            }))}
          />
        )}
      </section>
    </Page>
  );
}
