import { formatCount, formatRate } from '../reporting/format';
import { funnelSteps, rateLabels } from './figures';
import type { EventFigures } from './sharedLabels';

/** The funnel as boxes (invited → trainings), then the rates as percentages with their base. */
export function FigureBoxes({ figures }: { figures: EventFigures }) {
  return (
    <>
      <ul className="passerelle-key-figures passerelle-event-figures" aria-label="Du nombre d’invités aux embauches">
        {funnelSteps.map((step) => (
          <li key={step.key} className="passerelle-key-figure fr-p-2w">
            <p className="fr-text--sm fr-mb-1v">{step.label}</p>
            <p className="passerelle-key-figure__value fr-mb-0">{formatCount(figures[step.key])}</p>
          </li>
        ))}
      </ul>
      <ul className="passerelle-key-figures passerelle-event-figures" aria-label="Taux">
        {rateLabels.map((rate) => (
          <li key={rate.key} className="passerelle-key-figure fr-p-2w">
            <p className="fr-text--sm fr-mb-1v">{rate.label}</p>
            <p className="passerelle-key-figure__value fr-mb-1v">{formatRate(figures.rates[rate.key])}</p>
            <p className="fr-text--xs fr-mb-0 passerelle-key-figure__hint">{rate.base}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
