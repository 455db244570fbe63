import { parentPort, workerData } from 'node:worker_threads';
import type { IndexDefinition } from '../../../ports/SearchEngine';
import { EmbeddedSearchEngine } from '../embedded/EmbeddedSearchEngine';
import { serveSearchEngine } from './serveSearchEngine';
import { heapStatus } from './threadHeap';
import type { SearchThreadControl, SearchThreadStatus } from './searchThreadMessages';

/**
 * A thread that holds an embedded engine and nothing else (the contract suite runs through it).
 * The API's search thread, which also runs the index's jobs, is workers/searchThread.ts.
 */
const port = parentPort;
if (!port) throw new Error('embeddedEngineThread runs as a worker thread');
const engine = new EmbeddedSearchEngine((workerData as { definitions?: IndexDefinition[] } | null)?.definitions ?? []);
serveSearchEngine(port, engine);
port.on('message', (message: SearchThreadControl | { kind: 'call' }) => {
  const answer = (status: SearchThreadStatus) => port.postMessage(status);
  if (message.kind === 'start') answer({ kind: 'started', details: {} });
  if (message.kind === 'heap') answer(heapStatus());
  if (message.kind === 'stop') {
    void engine.close().finally(() => {
      answer({ kind: 'stopped' });
      port.close();
    });
  }
});
