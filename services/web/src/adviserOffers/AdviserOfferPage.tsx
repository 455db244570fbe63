import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function AdviserOfferPage() {
  return <Page title="Offre" />;
}
