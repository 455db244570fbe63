import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function PersonFormPage() {
  return <Page title="Nouvelle personne" />;
}
