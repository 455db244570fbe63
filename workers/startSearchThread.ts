import { extname, resolve } from 'node:path';
import { ThreadSearchEngine } from '../shared/adapters/search/thread/ThreadSearchEngine';
import type { Config } from '../shared/config/env';

/**
 * Starts the API's search thread (searchThread.ts): the engine it returns is the one the main
 * thread's dependencies use, each call answered by the thread that holds the embedded index.
 * `start()` then fills the index and starts the indexing and matching jobs there.
 */
export function startSearchThread(config: Config, onUnexpectedExit: (error: Error) => void): ThreadSearchEngine {
  // searchThread.ts under tsx, searchThread.js once compiled: the same extension as this file's.
  const entry = resolve(__dirname, `searchThread${extname(__filename)}`);
  return new ThreadSearchEngine({ entry, workerData: { config }, onUnexpectedExit });
}
