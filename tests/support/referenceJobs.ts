import { loadJobProximity } from '../../shared/adapters/reference/loadJobProximity';
import { loadRomeCatalog } from '../../shared/adapters/reference/loadRomeCatalog';

/** The proximity between jobs the service uses, from the packaged reference files. */
export const referenceJobs = loadJobProximity(loadRomeCatalog());
