import servicesSetup from '../../support/globalSetup';
import { ensureWebAppBuilt } from './webBuild';

/** The shared services (Redis, FerretDB), and the web app built from its current sources. */
export default async function globalSetup(): Promise<void> {
  ensureWebAppBuilt();
  await servicesSetup();
}
