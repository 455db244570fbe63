import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { formatDate } from '../ui/format';
import { contractTypeLabels } from '../ui/labels';
import type { SearchedOffer } from './queries';

/** One offer found: what it is, where, and the way to its suggestions. */
export function OfferResult({ item }: { item: SearchedOffer }) {
  const { offer } = item;
  return (
    <article className="fr-card fr-p-3w" aria-label={offer.title}>
      <h2 className="fr-h5 fr-mb-1w">
        <Link to={`/offres/${offer.id}`}>{offer.title}</Link>
      </h2>
      <p className="fr-mb-1w">
        {offer.job.label} (ROME {offer.job.romeCode}) — {contractTypeLabels[offer.contractType]}
      </p>
      <p className="fr-mb-1w">
        {offer.location.name}
        {offer.location.postalCode ? ` (${offer.location.postalCode})` : ''}
        {item.distanceKm !== null ? ` — à ${item.distanceKm.toLocaleString('fr-FR')} km` : ''}
      </p>
      <p className="fr-text--sm fr-mb-1w passerelle-mention">
        Publiée le {formatDate(offer.publishedAt)}
        {offer.expiresAt ? `, jusqu’au ${formatDate(offer.expiresAt)}` : ''}
      </p>
      <Button
        priority="tertiary"
        size="small"
        iconId="fr-icon-team-line"
        linkProps={{ to: `/offres/${offer.id}/suggestions` }}
      >
        Personnes suggérées<span className="fr-sr-only"> pour « {offer.title} »</span>
      </Button>
    </article>
  );
}
