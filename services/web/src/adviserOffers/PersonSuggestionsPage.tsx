import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function PersonSuggestionsPage() {
  return <Page title="Offres suggérées" />;
}
