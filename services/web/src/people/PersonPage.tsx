import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function PersonPage() {
  return <Page title="Personne suivie" />;
}
