import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useSearchParams } from 'react-router';
import { ErrorPage } from '../ui/ErrorPages';
import { formatDateTime } from '../ui/format';
import { Loading, Page } from '../ui/Page';
import { Pager } from '../ui/Pager';
import { recipientName, userRecipientOrganizations, visibleDeliveries } from './deliveries';
import {
  deliveryCategoryLabels,
  deliveryChannelLabels,
  deliveryStatusLabels,
  deliveryStatusSeverity,
  recipientKindLabel,
  type Delivery,
  type DeliveryStatus,
} from './labels';
import { pageParam } from './organizations';
import { useDeliveries, useMemberNames, useTerritoryOrganizations } from './queries';

const statuses = Object.keys(deliveryStatusLabels) as DeliveryStatus[];

/** Did each message arrive? Every e-mail, text message, webhook call and in-app notice of the territory. */
export function DeliveriesPage() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('statut');
  const status = statuses.find((code) => code === statusParam);
  const page = pageParam(params.get('page'));
  const deliveries = useDeliveries({ status, page });
  const { items, hasNext } = visibleDeliveries(deliveries.data ?? []);
  const names = useMemberNames(userRecipientOrganizations(items));
  const organizations = useTerritoryOrganizations();
  const organizationName = (id: string) => organizations.data?.items.find((candidate) => candidate.id === id)?.name;

  const goTo = (next: { status?: DeliveryStatus | undefined; page?: number }) => {
    const search = new URLSearchParams();
    const nextStatus = 'status' in next ? next.status : status;
    if (nextStatus) search.set('statut', nextStatus);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  if (deliveries.isError) return <ErrorPage error={deliveries.error} />;

  const recipient = (delivery: Delivery) => {
    const name = recipientName(delivery, names);
    const organization = organizationName(delivery.recipient.organizationId);
    return (
      <span key="recipient" className="passerelle-recipient">
        {name && <strong>{name}</strong>}
        <span>
          {recipientKindLabel(delivery.recipient.kind)}
          {organization ? ` · ${organization}` : ''}
        </span>
        <code className="passerelle-break fr-text--xs">{delivery.recipient.id}</code>
      </span>
    );
  };

  return (
    <Page title="Suivi des envois">
      <p>
        Chaque message envoyé par Passerelle dans le territoire, du plus récent au plus ancien : e-mails, SMS, appels de
        webhook et notifications dans l’application, avec leur état de distribution.
      </p>
      <form
        className="fr-grid-row fr-grid-row--gutters"
        aria-label="Filtrer les envois"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="État de l’envoi"
            nativeSelectProps={{
              value: status ?? '',
              onChange: (event) => goTo({ status: statuses.find((code) => code === event.target.value), page: 1 }),
            }}
          >
            <option value="">Tous les états</option>
            {statuses.map((code) => (
              <option key={code} value={code}>
                {deliveryStatusLabels[code]}
              </option>
            ))}
          </Select>
        </div>
      </form>
      {deliveries.isPending ? (
        <Loading what="les envois" />
      ) : items.length === 0 ? (
        <p className="fr-mt-2w">
          {page > 1
            ? 'Cette page est vide : les envois s’arrêtent à la page précédente.'
            : status
              ? `Aucun envoi à l’état « ${deliveryStatusLabels[status]} ».`
              : 'Aucun message n’a encore été envoyé.'}
        </p>
      ) : (
        <Table
          caption={
            status ? `Envois à l’état « ${deliveryStatusLabels[status]} », page ${page}` : `Envois, page ${page}`
          }
          noCaption
          headers={['Date', 'Destinataire', 'Canal', 'Catégorie', 'Message', 'État', 'Motif de l’échec']}
          data={items.map((delivery) => [
            formatDateTime(delivery.createdAt),
            recipient(delivery),
            deliveryChannelLabels[delivery.channel],
            deliveryCategoryLabels[delivery.category],
            delivery.message.title,
            <Badge key="status" small severity={deliveryStatusSeverity[delivery.status]} noIcon>
              {deliveryStatusLabels[delivery.status]}
            </Badge>,
            delivery.error ? (
              <span key="error" className="passerelle-break">
                {delivery.error}
              </span>
            ) : (
              '—'
            ),
          ])}
        />
      )}
      <Pager
        label="Pages des envois"
        hasPrevious={page > 1}
        hasNext={hasNext && !deliveries.isPlaceholderData}
        onPrevious={() => goTo({ page: page - 1 })}
        onNext={() => goTo({ page: page + 1 })}
      />
    </Page>
  );
}
