import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDateTime } from '../ui/format';
import { notificationChannelLabels } from '../ui/labels';
import { Loading } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { deliveryStatusLabels, deliveryStatusSeverity, type Candidate } from './labels';
import { useDeliveries } from './queries';

/** What was sent to the person (a convocation by SMS or e-mail) and whether it arrived. */
export function PersonMessages({ candidate }: { candidate: Candidate }) {
  const deliveries = useDeliveries(candidate.id);
  return (
    <>
      <h2 className="fr-h4">Messages envoyés à la personne</h2>
      <p>
        Les convocations et messages envoyés par Passerelle, avec leur état d’acheminement : vérifiez ici qu’une
        convocation est bien arrivée. Envoyés à {candidate.contact.mobile ?? 'aucun mobile'} par SMS et à{' '}
        {candidate.contact.email ?? 'aucune adresse'} par e-mail.
      </p>
      {deliveries.isPending ? (
        <Loading what="ses messages" />
      ) : deliveries.isError ? (
        <ProblemAlert error={deliveries.error} />
      ) : deliveries.data.length === 0 ? (
        <p>Aucun message envoyé à la personne.</p>
      ) : (
        <Table
          caption="Messages envoyés, du plus récent au plus ancien"
          headers={['Message', 'Canal', 'Envoi', 'État']}
          data={deliveries.data.map((delivery) => [
            delivery.message.title,
            notificationChannelLabels[delivery.channel],
            formatDateTime(delivery.createdAt),
            <div key="status">
              <Badge small noIcon severity={deliveryStatusSeverity[delivery.status]}>
                {deliveryStatusLabels[delivery.status]}
              </Badge>
              {delivery.error && (delivery.status === 'failed' || delivery.status === 'bounced') && (
                <p className="fr-text--xs fr-mb-0 fr-mt-1v">Motif : {delivery.error}</p>
              )}
            </div>,
          ])}
        />
      )}
      <Button
        className="fr-mt-2w"
        priority="secondary"
        iconId="fr-icon-refresh-line"
        disabled={deliveries.isFetching}
        onClick={() => void deliveries.refetch()}
      >
        Actualiser
      </Button>
    </>
  );
}
