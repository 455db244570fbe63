import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { breakdownBars, scoreSeverity, type CriterionScore } from './scoreBreakdown';

/**
 * A score and its share per criterion as horizontal bars: the track's length is the criterion's
 * weight, the fill what the person meets of it. The bars are drawn for the eye; a screen reader
 * hears each line's figures in words instead.
 */
export function ScoreBreakdown({ score, breakdown }: { score: number; breakdown: readonly CriterionScore[] }) {
  return (
    <div className="passerelle-breakdown">
      <p className="fr-mb-1w">
        <Badge severity={scoreSeverity(score)} noIcon>
          Score {score} / 100
        </Badge>
      </p>
      <ul className="passerelle-breakdown__list" aria-label="Détail du score par critère">
        {breakdownBars(breakdown).map((bar) => (
          <li key={bar.criterion} className="passerelle-breakdown__row">
            <span className="passerelle-breakdown__label" aria-hidden="true">
              {bar.label}
            </span>
            <span className="passerelle-breakdown__bar" aria-hidden="true">
              <span className="passerelle-breakdown__track" style={{ width: `${bar.weightPercent}%` }}>
                <span className="passerelle-breakdown__fill" style={{ width: `${bar.percent}%` }} />
              </span>
            </span>
            <span className="passerelle-breakdown__figures" aria-hidden="true">
              {bar.figures}
            </span>
            <span className="fr-sr-only">{bar.spoken} — </span>
            <span className="passerelle-breakdown__why">{bar.explanation}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
