import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { fieldErrorsOf, reasonFor } from '../api/problem';
import { ConfirmAction } from '../ui/ConfirmModal';
import { Loaded } from '../ui/ErrorPages';
import { addDays, daysLeft, formatDate, hourToTime, isoDay, months } from '../ui/format';
import {
  contractTypeLabels,
  offerStatusLabels,
  offerStatusSeverity,
  physicalDemandLabels,
  qualificationLabel,
  remoteModeLabels,
  workScheduleLabels,
} from '../ui/labels';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { endOfDay } from './offerForm';
import {
  useCertifications,
  useCloseOffer,
  useDeleteOffer,
  useOffer,
  usePublishOffer,
  useWaitingProposals,
  type Offer,
} from './queries';

export function OfferPage() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  return (
    <Loaded query={offer} what="Cette offre">
      {(loaded) => <OfferDetails offer={loaded} />}
    </Loaded>
  );
}

function OfferDetails({ offer }: { offer: Offer }) {
  const certifications = useCertifications();
  const waiting = useWaitingProposals();
  const label = (code: string) => certifications.data?.find((item) => item.code === code)?.label ?? code;
  const waitingCount = waiting.data?.counts.get(offer.id) ?? 0;
  const left = offer.status === 'published' ? daysLeft(offer.expiresAt) : null;
  const rows: [string, string][] = [
    ['Métier', `${offer.job.label} (ROME ${offer.job.romeCode})`],
    [
      'Contrat',
      `${contractTypeLabels[offer.contractType]}${offer.durationMonths ? `, ${months(offer.durationMonths)}` : ''}`,
    ],
    ['Postes à pourvoir', String(offer.openings)],
    [
      'Lieu',
      `${offer.location.name}${offer.location.postalCode ? ` (${offer.location.postalCode})` : ''} — ${remoteModeLabels[offer.remoteMode]}`,
    ],
    ['Transports en commun', offer.publicTransportAccess ? 'Accessible' : 'Non précisé'],
    ['Temps de travail', `${offer.weeklyHours} h par semaine`],
    ['Horaires', offer.schedules.map((code) => workScheduleLabels[code]).join(', ') || '—'],
    [
      'Journée',
      offer.dayStartHour !== null && offer.dayEndHour !== null
        ? `de ${hourToTime(offer.dayStartHour)} à ${hourToTime(offer.dayEndHour)}`
        : 'Horaires variables ou non précisés',
    ],
    ['Prise de poste', offer.startDate ? formatDate(offer.startDate) : 'Dès que possible'],
    ['Compétences exigées', offer.requiredSkills.join(', ') || '—'],
    ['Compétences appréciées', offer.optionalSkills.join(', ') || '—'],
    ['Permis et certifications', offer.requiredCertifications.map(label).join(', ') || 'Aucun'],
    ['Qualification minimum', qualificationLabel(offer.minQualificationLevel)],
    ['Expérience minimum', months(offer.minExperienceMonths)],
    ['Formation avant l’embauche', offer.trainingBeforeHiring ? 'Oui' : 'Non'],
    ['Diplôme exigé par la réglementation', offer.qualificationRequiredByLaw ? 'Oui' : 'Non'],
    ['Exigences physiques', offer.physicalDemands.map((code) => physicalDemandLabels[code]).join(', ') || 'Aucune'],
    ['Publiée le', formatDate(offer.publishedAt)],
    ['Fin de publication', offer.expiresAt ? formatDate(offer.expiresAt) : 'Non fixée (60 jours après la publication)'],
  ];

  return (
    <Page
      title={offer.title}
      before={
        <Breadcrumb currentPageLabel={offer.title} segments={[{ label: 'Mes offres', linkProps: { to: '/offres' } }]} />
      }
    >
      <div className="fr-mb-3w">
        <Badge severity={offerStatusSeverity[offer.status]} noIcon={offer.status === 'closed'}>
          {offerStatusLabels[offer.status]}
        </Badge>
        {left !== null && (
          <span className="fr-ml-2w">
            {left === 0 ? 'Se termine aujourd’hui' : `${left} jour${left > 1 ? 's' : ''} restant${left > 1 ? 's' : ''}`}
          </span>
        )}
      </div>
      <OfferActions offer={offer} />
      {offer.status !== 'draft' && (
        <p>
          <Button
            priority="secondary"
            iconId="fr-icon-team-line"
            linkProps={{ to: `/offres/${offer.id}/propositions` }}
          >
            {waitingCount > 0
              ? `Voir les propositions (${waitingCount} en attente de réponse)`
              : 'Voir les propositions'}
          </Button>
        </p>
      )}
      <h2 className="fr-h4 fr-mt-4w">Description</h2>
      <p style={{ whiteSpace: 'pre-line' }}>{offer.description || 'Aucune description.'}</p>
      <h2 className="fr-h4">Détail de l’offre</h2>
      <dl className="fr-grid-row">
        {rows.map(([term, value]) => (
          <div key={term} className="fr-col-12 fr-col-md-6 fr-mb-2w">
            <dt className="fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
    </Page>
  );
}

function OfferActions({ offer }: { offer: Offer }) {
  const navigate = useNavigate();
  const publish = usePublishOffer(offer.id);
  const close = useCloseOffer(offer.id);
  const remove = useDeleteOffer(offer.id);
  const defaultEnd = offer.expiresAt ? offer.expiresAt.slice(0, 10) : isoDay(addDays(new Date(), 60));
  const [end, setEnd] = useState(defaultEnd);
  const editable = offer.status === 'draft' || offer.status === 'published';
  const publishReason = reasonFor(fieldErrorsOf(publish.error), 'expiresAt');

  return (
    <>
      <ProblemAlert error={close.error ?? remove.error} />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {offer.status === 'draft' && (
          <li>
            <ConfirmAction
              trigger="Publier"
              triggerProps={{ iconId: 'fr-icon-send-plane-line' }}
              title="Publier l’offre"
              confirm="Publier l’offre"
              busy={publish.isPending}
              keepOpen
              onConfirm={(closeModal) => publish.mutate(endOfDay(end), { onSuccess: closeModal })}
            >
              <p>
                Une fois publiée, l’offre est visible des conseillers du territoire, et Passerelle cherche les personnes
                qui y correspondent. Elle reste publiée jusqu’à la date de fin (180 jours au plus).
              </p>
              <ProblemAlert error={publishReason ? null : publish.error} />
              <Input
                label="Fin de publication"
                hintText="L’offre ne sera plus proposée après ce jour"
                state={publishReason ? 'error' : 'default'}
                stateRelatedMessage={publishReason}
                nativeInputProps={{ type: 'date', value: end, onChange: (event) => setEnd(event.target.value) }}
              />
            </ConfirmAction>
          </li>
        )}
        {editable && (
          <li>
            <Button priority="secondary" iconId="fr-icon-edit-line" linkProps={{ to: `/offres/${offer.id}/modifier` }}>
              Modifier
            </Button>
          </li>
        )}
        {editable && (
          <li>
            <ConfirmAction
              trigger="Clôturer"
              triggerProps={{ priority: 'secondary', iconId: 'fr-icon-close-circle-line' }}
              title="Clôturer l’offre"
              confirm="Clôturer l’offre"
              busy={close.isPending}
              onConfirm={() => close.mutate()}
            >
              <p>
                L’offre ne sera plus proposée. Les mises en relation en cours seront annulées et les conseillers en
                seront informés. Une offre clôturée ne peut pas être republiée.
              </p>
            </ConfirmAction>
          </li>
        )}
        {offer.status === 'draft' && (
          <li>
            <ConfirmAction
              trigger="Supprimer le brouillon"
              triggerProps={{ priority: 'tertiary', iconId: 'fr-icon-delete-line' }}
              title="Supprimer le brouillon"
              confirm="Supprimer définitivement"
              busy={remove.isPending}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/offres') })}
            >
              <p>Le brouillon « {offer.title} » sera supprimé. Cette action est définitive.</p>
            </ConfirmAction>
          </li>
        )}
      </ul>
    </>
  );
}
