import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { type Offer, useCertifications } from '../offers/queries';
import { formatDate, months } from '../ui/format';
import { contractTypeLabels, qualificationLabel, remoteModeLabels, workScheduleLabels } from '../ui/labels';

/** What an adviser needs of an offer to think of a person for it; the description folds away. */
export function OfferSummary({ offer }: { offer: Offer }) {
  const certifications = useCertifications();
  const label = (code: string) => certifications.data?.find((item) => item.code === code)?.label ?? code;
  const rows: [string, string][] = [
    ['Métier', `${offer.job.label} (ROME ${offer.job.romeCode})`],
    [
      'Contrat',
      `${contractTypeLabels[offer.contractType]}${offer.durationMonths ? `, ${months(offer.durationMonths)}` : ''} — ${offer.weeklyHours} h par semaine`,
    ],
    [
      'Lieu',
      `${offer.location.name}${offer.location.postalCode ? ` (${offer.location.postalCode})` : ''} — ${remoteModeLabels[offer.remoteMode]}`,
    ],
    ['Horaires', offer.schedules.map((code) => workScheduleLabels[code]).join(', ') || '—'],
    ['Compétences exigées', offer.requiredSkills.join(', ') || '—'],
    ['Permis et certifications', offer.requiredCertifications.map(label).join(', ') || 'Aucun'],
    ['Qualification minimum', qualificationLabel(offer.minQualificationLevel)],
    ['Expérience minimum', months(offer.minExperienceMonths)],
    ['Prise de poste', offer.startDate ? formatDate(offer.startDate) : 'Dès que possible'],
    ['Fin de publication', formatDate(offer.expiresAt)],
  ];
  return (
    <>
      <dl className="fr-grid-row fr-mb-2w">
        {rows.map(([term, value]) => (
          <div key={term} className="fr-col-12 fr-col-md-6 fr-mb-1w">
            <dt className="fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
      <Accordion label="Description de l’offre" className="fr-mb-4w">
        <p style={{ whiteSpace: 'pre-line' }}>{offer.description || 'Aucune description.'}</p>
      </Accordion>
    </>
  );
}
