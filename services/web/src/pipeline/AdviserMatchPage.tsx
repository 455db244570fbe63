import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function AdviserMatchPage() {
  return <Page title="Mise en relation" />;
}
