import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { MatchStatus } from '../ui/labels';
import { adviserStatusLabels } from './board';

const severityOf = (status: MatchStatus) =>
  status === 'hired'
    ? 'success'
    : status === 'proposed' || status === 'shortlisted'
      ? 'new'
      : status.startsWith('interview')
        ? 'info'
        : ['declined', 'not_hired', 'expired', 'withdrawn', 'cancelled', 'no_show', 'dismissed'].includes(status)
          ? 'warning'
          : undefined;

export function AdviserStatusBadge({ status, small = false }: { status: MatchStatus; small?: boolean }) {
  const severity = severityOf(status);
  return (
    <Badge noIcon small={small} {...(severity ? { severity } : {})}>
      {adviserStatusLabels[status]}
    </Badge>
  );
}
