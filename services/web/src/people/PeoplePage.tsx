import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function PeoplePage() {
  return <Page title="Personnes suivies" />;
}
