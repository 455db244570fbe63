import { Button } from '@codegouvfr/react-dsfr/Button';

/**
 * "Page précédente / Page suivante" under a list paged by cursor or by number. Outside
 * fr-btns-group, which would show a button with an icon as its icon only.
 */
export function Pager({
  label,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  /** What the pages are of, for the navigation landmark ("Pages des envois"). */
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <nav role="navigation" aria-label={label} className="fr-mt-3w passerelle-pager">
      <Button priority="secondary" iconId="fr-icon-arrow-left-line" disabled={!hasPrevious} onClick={onPrevious}>
        Page précédente
      </Button>
      <Button
        priority="secondary"
        iconId="fr-icon-arrow-right-line"
        iconPosition="right"
        disabled={!hasNext}
        onClick={onNext}
      >
        Page suivante
      </Button>
    </nav>
  );
}
