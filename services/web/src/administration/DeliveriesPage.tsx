import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function DeliveriesPage() {
  return <Page title="Suivi des envois" />;
}
