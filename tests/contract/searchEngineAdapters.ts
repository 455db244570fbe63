import { EmbeddedSearchEngine } from '../../shared/adapters/search/embedded/EmbeddedSearchEngine';
import { MeilisearchEngine } from '../../shared/adapters/search/meilisearch/MeilisearchEngine';
import type { SearchEngine } from '../../shared/ports/SearchEngine';

export interface AdapterUnderTest {
  name: string;
  /** Why this adapter cannot run here; the suite is then reported as skipped, never as passed. */
  skipReason?: string;
  create(): SearchEngine;
}

const meiliUrl = process.env.MEILI_URL;
const meiliKey = process.env.MEILI_MASTER_KEY;

export const searchEngineAdapters: AdapterUnderTest[] = [
  { name: 'embedded (Orama)', create: () => new EmbeddedSearchEngine() },
  {
    name: 'Meilisearch',
    ...(meiliUrl ? {} : { skipReason: 'MEILI_URL is not set' }),
    create: () => new MeilisearchEngine({ url: meiliUrl ?? '', ...(meiliKey ? { apiKey: meiliKey } : {}) }),
  },
];
