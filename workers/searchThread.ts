import { parentPort, workerData } from 'node:worker_threads';
import { EmbeddedSearchEngine } from '../shared/adapters/search/embedded/EmbeddedSearchEngine';
import { serveSearchEngine } from '../shared/adapters/search/thread/serveSearchEngine';
import { heapStatus } from '../shared/adapters/search/thread/threadHeap';
import {
  toThreadError,
  type SearchEngineCall,
  type SearchThreadControl,
  type SearchThreadStatus,
} from '../shared/adapters/search/thread/searchThreadMessages';
import type { Config } from '../shared/config/env';
import { searchIndexDefinitions } from '../shared/ports/searchIndexes/searchIndexDefinitions';
import { buildDependencies, type Dependencies } from '../shared/wiring/buildDependencies';
import { startWorkers, type RunningWorkers } from './startWorkers';
import { queuesFor } from './workerEntries';

/**
 * The API's search thread (started by startSearchThread.ts): it holds the embedded index, answers
 * the main thread's queries and writes, and runs the jobs that write to the index or read it at
 * length (indexing, matching), so that none of that work holds the event loop that serves requests.
 * On `start` it fills the index from the database (the source of truth) and starts those jobs.
 */
const port = parentPort;
if (!port) throw new Error('searchThread runs as a worker thread');
const { config } = workerData as { config: Config };
const engine = new EmbeddedSearchEngine(searchIndexDefinitions);
serveSearchEngine(port, engine);

let deps: Dependencies | null = null;
let workers: RunningWorkers | null = null;
/** A stop waits for a start under way, so that nothing it opens is left behind. */
let starting: Promise<unknown> = Promise.resolve();
const answer = (status: SearchThreadStatus) => port.postMessage(status);

async function start(): Promise<Record<string, unknown>> {
  deps = await buildDependencies(config, { processName: 'search-thread', searchEngine: engine });
  const started = Date.now();
  const { indexed } = await deps.useCases.indexAppellations.execute();
  const rebuilt = await deps.useCases.rebuildSearchIndexes.execute();
  workers = await startWorkers(deps, queuesFor('api', 'embedded'));
  return { appellations: indexed, ...rebuilt, ms: Date.now() - started, workers: workers.names };
}

async function stop(): Promise<void> {
  await starting.catch(() => undefined);
  await workers?.stop();
  // Closes the engine too (its close() is the one of this thread's index).
  if (deps) await deps.close();
  else await engine.close();
}

port.on('message', (message: SearchThreadControl | SearchEngineCall) => {
  if (message.kind === 'start') {
    const run = start();
    starting = run;
    run.then(
      (details) => answer({ kind: 'started', details }),
      (error: unknown) => answer({ kind: 'failed', error: toThreadError(error) }),
    );
  }
  if (message.kind === 'heap') {
    // After a start under way, as a stop: answered after the start's answer (ThreadSearchEngine asks
    // for none once it is stopping).
    void starting.catch(() => undefined).then(() => answer(heapStatus()));
  }
  if (message.kind === 'stop') {
    stop()
      .then(
        () => answer({ kind: 'stopped' }),
        (error: unknown) => answer({ kind: 'failed', error: toThreadError(error) }),
      )
      // Then nothing more comes or goes: the thread ends once what it opened is closed.
      .finally(() => port.close());
  }
});
