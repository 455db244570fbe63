import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { EmployerMatch } from '../api/employerMatch';
import { useCertifications } from '../offers/queries';
import { formatDate, months } from '../ui/format';
import { matchStatusLabels, qualificationLabel, workingTimeLabels, workScheduleLabels } from '../ui/labels';

export function personName(match: EmployerMatch): string {
  return `${match.candidate.firstName} ${match.candidate.lastNameInitial}`;
}

const statusSeverity = (status: EmployerMatch['status']) =>
  status === 'hired'
    ? 'success'
    : status === 'proposed'
      ? 'new'
      : status.startsWith('interview')
        ? 'info'
        : ['declined', 'not_hired', 'expired', 'withdrawn', 'cancelled', 'no_show'].includes(status)
          ? 'warning'
          : undefined;

export function MatchStatusBadge({ status }: { status: EmployerMatch['status'] }) {
  const severity = statusSeverity(status);
  return (
    <Badge noIcon {...(severity ? { severity } : {})}>
      {matchStatusLabels[status]}
    </Badge>
  );
}

/** What a proposal shows of the person: what the adviser shared with their consent, nothing else. */
/** On a match's own page the h1 already names the person: `headingLevel` 2 leaves the name out. */
export function ProposedPerson({ match, headingLevel = 3 }: { match: EmployerMatch; headingLevel?: 2 | 3 }) {
  const certifications = useCertifications();
  const label = (code: string) => certifications.data?.find((item) => item.code === code)?.label ?? code;
  const { candidate } = match;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const availability = candidate.availability;
  return (
    <>
      {headingLevel === 3 && <Heading className="fr-h5 fr-mb-1w">{personName(match)}</Heading>}
      <div className="fr-mb-2w">
        <MatchStatusBadge status={match.status} />
        {match.proposedAt && <span className="fr-ml-2w fr-text--sm">Proposée le {formatDate(match.proposedAt)}</span>}
      </div>
      {headingLevel === 2 && <Heading className="fr-h5 fr-mb-1w">Profil</Heading>}
      <dl>
        <dt className="fr-text--bold">Métiers recherchés</dt>
        <dd className="fr-ml-0 fr-mb-1w">{candidate.desiredJobs.map((job) => job.label).join(', ') || '—'}</dd>
        <dt className="fr-text--bold">Compétences</dt>
        <dd className="fr-ml-0 fr-mb-1w">{candidate.skills.join(', ') || '—'}</dd>
        <dt className="fr-text--bold">Expérience</dt>
        <dd className="fr-ml-0 fr-mb-1w">
          {candidate.experiences.length === 0
            ? 'Aucune expérience déclarée'
            : candidate.experiences
                .map((experience) => `${experience.label} : ${months(experience.months)}`)
                .join(' ; ')}
        </dd>
        <dt className="fr-text--bold">Qualification</dt>
        <dd className="fr-ml-0 fr-mb-1w">
          {candidate.qualificationLevel === null
            ? 'Sans qualification de niveau 3 ou plus'
            : qualificationLabel(candidate.qualificationLevel)}
        </dd>
        <dt className="fr-text--bold">Permis et certifications</dt>
        <dd className="fr-ml-0 fr-mb-1w">{candidate.certifications.map(label).join(', ') || 'Aucun'}</dd>
        <dt className="fr-text--bold">Disponibilité</dt>
        <dd className="fr-ml-0 fr-mb-1w">
          {availability.from ? `À partir du ${formatDate(availability.from)}` : 'Immédiate'} —{' '}
          {workingTimeLabels[availability.workingTime] ?? availability.workingTime}
          {availability.schedules.length > 0 &&
            ` — ${availability.schedules.map((code) => workScheduleLabels[code as keyof typeof workScheduleLabels] ?? code).join(', ')}`}
        </dd>
      </dl>
      <Sub className="fr-text--md fr-text--bold fr-mb-1w">Pourquoi cette personne</Sub>
      <ul className="passerelle-explanation">
        {match.explanation.met.map((line) => (
          <li key={`met-${line}`}>
            <span className="fr-icon-check-line passerelle-met" aria-hidden="true" />
            <span>
              <span className="fr-sr-only">Rempli : </span>
              {line}
            </span>
          </li>
        ))}
        {match.explanation.missing.map((line) => (
          <li key={`missing-${line}`}>
            <span className="fr-icon-warning-line passerelle-missing" aria-hidden="true" />
            <span>
              <span className="fr-sr-only">Manquant : </span>
              {line}
            </span>
          </li>
        ))}
      </ul>
      {match.adviserComment && (
        <>
          <Sub className="fr-text--md fr-text--bold fr-mb-1w">Le mot du conseiller</Sub>
          <blockquote className="fr-mb-2w" style={{ whiteSpace: 'pre-line' }}>
            {match.adviserComment}
          </blockquote>
        </>
      )}
    </>
  );
}
