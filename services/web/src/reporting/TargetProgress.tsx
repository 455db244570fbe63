import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatCount, formatRate } from './format';
import { conventionStatusLabels, conventionStatusSeverity, type ConventionWithProgress } from './labels';

type TargetProgressItem = ConventionWithProgress['progress']['targets'][number];

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** One target: where it stands (a bar), where it should stand today (a mark), its status and why. */
export function TargetProgress({ target, index }: { target: TargetProgressItem; index: number }) {
  const isRate = target.kind === 'positive_outcome_rate';
  const id = `target-${index}`;
  const reached = clamp(target.shareReached ?? 0);
  const expected = target.target > 0 ? clamp(target.expectedNow / target.target) : 0;
  const actualText =
    target.actual === null
      ? 'pas encore de chiffre'
      : isRate
        ? `${formatRate(target.actual)}${target.outOf === null ? '' : ` (sur ${formatCount(target.outOf)} sorties)`}`
        : formatCount(target.actual);
  const targetText = isRate ? formatRate(target.target) : formatCount(target.target);
  const expectedText = isRate ? formatRate(target.expectedNow) : formatCount(Math.round(target.expectedNow));
  const valueText = `${actualText} ; objectif ${targetText} ; attendu à ce jour ${expectedText}`;
  return (
    <li className="passerelle-target fr-p-3w fr-mb-2w">
      <article aria-labelledby={id}>
        <h3 id={id} className="fr-h6 fr-mb-1w">
          {target.label}{' '}
          <Badge small severity={conventionStatusSeverity[target.status]} noIcon>
            {conventionStatusLabels[target.status]}
          </Badge>
        </h3>
        <p className="fr-mb-1w">
          <strong>{actualText}</strong> sur un objectif de {targetText}
          {target.shareReached !== null && ` (${formatRate(target.shareReached)} atteint)`}
        </p>
        <div
          className="passerelle-progress"
          role="progressbar"
          aria-labelledby={id}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(reached * 100)}
          aria-valuetext={valueText}
        >
          <div
            className={`passerelle-progress__bar passerelle-progress__bar--${target.status}`}
            style={{ width: `${reached * 100}%` }}
          />
          <div className="passerelle-progress__expected" style={{ left: `${expected * 100}%` }} aria-hidden="true" />
        </div>
        <p className="fr-text--xs fr-mt-1v fr-mb-2w passerelle-progress__legend" aria-hidden="true">
          <span className="passerelle-progress__legend-mark" /> attendu à ce jour : {expectedText}
        </p>
        <p className="fr-mb-0">{target.explanation}</p>
      </article>
    </li>
  );
}
