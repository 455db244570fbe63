import { Page } from '../ui/Page';

/** To be built (issue 15). */
export function PipelinePage() {
  return <Page title="Suivi des mises en relation" />;
}
