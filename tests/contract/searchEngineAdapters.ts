import { EmbeddedSearchEngine } from '../../shared/adapters/search/embedded/EmbeddedSearchEngine';
import { MeilisearchEngine } from '../../shared/adapters/search/meilisearch/MeilisearchEngine';
import type { IndexDefinition, SearchEngine } from '../../shared/ports/SearchEngine';

export interface AdapterUnderTest {
  name: string;
  /** Why this adapter cannot run here; the suite is then reported as skipped, never as passed. */
  skipReason?: string;
  /** `definitions`: the indexes the engine is built with, as the composition root builds it with the code's. */
  create(definitions?: readonly IndexDefinition[]): SearchEngine;
}

const meiliUrl = process.env.MEILI_URL;
const meiliKey = process.env.MEILI_MASTER_KEY;

export const searchEngineAdapters: AdapterUnderTest[] = [
  { name: 'embedded (Orama)', create: (definitions = []) => new EmbeddedSearchEngine(definitions) },
  {
    name: 'Meilisearch',
    ...(meiliUrl ? {} : { skipReason: 'MEILI_URL is not set' }),
    create: (definitions = []) =>
      new MeilisearchEngine({ url: meiliUrl ?? '', ...(meiliKey ? { apiKey: meiliKey } : {}), definitions }),
  },
];
