import { count, create, type AnyOrama } from '@orama/orama';
import type { SearchEngine } from '../../../ports/SearchEngine';

/**
 * The default, in-process engine built on Orama. It lives inside each process that uses it, so
 * it is reachable as soon as it is created; indexes and their schemas come with the catalog issue.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly probe: AnyOrama;

  constructor() {
    this.probe = create({ schema: { id: 'string' } as const });
  }

  check(): Promise<void> {
    count(this.probe);
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
