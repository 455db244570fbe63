import { EmbeddedSearchEngine } from '../../shared/adapters/search/embedded/EmbeddedSearchEngine';
import { resolve } from 'node:path';
import { ThreadSearchEngine } from '../../shared/adapters/search/thread/ThreadSearchEngine';
import { MeilisearchEngine } from '../../shared/adapters/search/meilisearch/MeilisearchEngine';
import type { IndexDefinition, SearchEngine } from '../../shared/ports/SearchEngine';

export interface AdapterUnderTest {
  name: string;
  /** Why this adapter cannot run here; the suite is then reported as skipped, never as passed. */
  skipReason?: string;
  /** `definitions`: the indexes the engine is built with, as the composition root builds it with the code's. */
  create(definitions?: readonly IndexDefinition[]): SearchEngine;
}

const embeddedEngineThread = resolve(__dirname, '../../shared/adapters/search/thread/embeddedEngineThread.ts');
const meiliUrl = process.env.MEILI_URL;
const meiliKey = process.env.MEILI_MASTER_KEY;

export const searchEngineAdapters: AdapterUnderTest[] = [
  { name: 'embedded (Orama)', create: (definitions = []) => new EmbeddedSearchEngine(definitions) },
  {
    // The API's default: the embedded engine in a worker thread, each call posted to it.
    name: 'embedded (Orama) in a worker thread',
    create: (definitions = []) =>
      new ThreadSearchEngine({ entry: embeddedEngineThread, workerData: { definitions: [...definitions] } }),
  },
  {
    name: 'Meilisearch',
    ...(meiliUrl ? {} : { skipReason: 'MEILI_URL is not set' }),
    create: (definitions = []) =>
      new MeilisearchEngine({ url: meiliUrl ?? '', ...(meiliKey ? { apiKey: meiliKey } : {}), definitions }),
  },
];
