import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function OfferSearchPage() {
  return <Page title="Offres" />;
}
