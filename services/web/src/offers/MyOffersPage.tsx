import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorPage } from '../ui/ErrorPages';
import { daysLeft, formatDate } from '../ui/format';
import { offerStatusLabels, offerStatusSeverity, type OfferStatus } from '../ui/labels';
import { Loading, Page } from '../ui/Page';
import { Pager } from '../ui/Pager';
import { useOffers, useWaitingProposals } from './queries';

const statuses = Object.keys(offerStatusLabels) as OfferStatus[];

function remaining(status: OfferStatus, expiresAt: string | null): string {
  if (status !== 'published') return '—';
  const days = daysLeft(expiresAt);
  if (days === null) return '—';
  return days === 0 ? 'dernier jour' : `${days} j`;
}

export function MyOffersPage() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('statut');
  const status = statuses.find((candidate) => candidate === statusParam);
  const [cursors, setCursors] = useState<string[]>([]);
  const [onlyWaiting, setOnlyWaiting] = useState(false);
  const after = cursors.at(-1);
  const offers = useOffers({ status, after });
  const waiting = useWaitingProposals();
  const waitingFor = (id: string) => waiting.data?.counts.get(id) ?? 0;

  if (offers.isError) return <ErrorPage error={offers.error} />;
  const items = (offers.data?.items ?? []).filter((offer) => !onlyWaiting || waitingFor(offer.id) > 0);

  return (
    <Page title="Mes offres">
      <p>
        <Button iconId="fr-icon-add-line" linkProps={{ to: '/offres/nouvelle' }}>
          Écrire une offre
        </Button>
      </p>
      <form
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom"
        aria-label="Filtrer les offres"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Statut"
            nativeSelectProps={{
              value: status ?? '',
              onChange: (event) => {
                setCursors([]);
                setParams(event.target.value ? { statut: event.target.value } : {});
              },
            }}
          >
            <option value="">Tous les statuts</option>
            {statuses.map((code) => (
              <option key={code} value={code}>
                {offerStatusLabels[code]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <Checkbox
            options={[
              {
                label: 'Seulement les offres qui ont des propositions en attente de réponse',
                nativeInputProps: { checked: onlyWaiting, onChange: (event) => setOnlyWaiting(event.target.checked) },
              },
            ]}
          />
        </div>
      </form>
      {offers.isPending ? (
        <Loading what="vos offres" />
      ) : items.length === 0 ? (
        <p className="fr-mt-4w">
          {status || onlyWaiting
            ? 'Aucune offre ne correspond à ces filtres.'
            : 'Vous n’avez encore écrit aucune offre.'}
        </p>
      ) : (
        <Table
          className="fr-mt-2w"
          caption={status ? `Offres au statut « ${offerStatusLabels[status]} »` : 'Toutes mes offres'}
          headers={['Offre', 'Statut', 'Lieu', 'Propositions en attente', 'Jours restants', 'Mise à jour']}
          data={items.map((offer) => [
            <Link key="title" to={`/offres/${offer.id}`}>
              {offer.title}
            </Link>,
            <Badge key="status" small severity={offerStatusSeverity[offer.status]} noIcon>
              {offerStatusLabels[offer.status]}
            </Badge>,
            offer.location.name,
            waitingFor(offer.id) > 0 ? (
              <Link key="waiting" to={`/offres/${offer.id}/propositions`}>
                {waitingFor(offer.id)}
                <span className="fr-sr-only"> proposition(s) pour {offer.title}</span>
              </Link>
            ) : (
              '0'
            ),
            remaining(offer.status, offer.expiresAt),
            formatDate(offer.updatedAt),
          ])}
        />
      )}
      {waiting.data && !waiting.data.complete && (
        <p className="fr-text--sm">Plus de 300 propositions attendent une réponse : les nombres sont incomplets.</p>
      )}
      <Pager
        label="Pages des offres"
        hasPrevious={cursors.length > 0}
        hasNext={Boolean(offers.data?.nextCursor)}
        onPrevious={() => setCursors(cursors.slice(0, -1))}
        onNext={() => offers.data?.nextCursor && setCursors([...cursors, offers.data.nextCursor])}
      />
    </Page>
  );
}
