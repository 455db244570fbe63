import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function OrganizationsPage() {
  return <Page title="Organisations du territoire" />;
}
