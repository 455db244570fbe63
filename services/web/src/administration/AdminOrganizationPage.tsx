import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function AdminOrganizationPage() {
  return <Page title="Organisation" />;
}
