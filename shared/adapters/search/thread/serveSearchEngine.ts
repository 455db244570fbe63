import type { MessagePort } from 'node:worker_threads';
import type { SearchEngine } from '../../../ports/SearchEngine';
import { toThreadError, type SearchEngineCall, type SearchEngineReply } from './searchThreadMessages';

/**
 * The search thread's side of ThreadSearchEngine: each call that arrives on `port` runs on the
 * engine of this thread, and its result (or its error) goes back with the call's id.
 */
export function serveSearchEngine(port: MessagePort, engine: SearchEngine): void {
  port.on('message', (message: { kind?: string }) => {
    if (message.kind !== 'call') return;
    const { id, method, args } = message as SearchEngineCall;
    // A method that throws at once answers as one that rejects: the thread goes on serving.
    void Promise.resolve()
      .then(() => (engine[method] as (...values: unknown[]) => Promise<unknown>).apply(engine, args))
      .then(
        (value): SearchEngineReply => ({ kind: 'reply', id, ok: true, value }),
        (error: unknown): SearchEngineReply => ({ kind: 'reply', id, ok: false, error: toThreadError(error) }),
      )
      .then((reply) => {
        try {
          port.postMessage(reply);
        } catch (error) {
          // A result that cannot be cloned: the call fails, the thread goes on serving.
          port.postMessage({ kind: 'reply', id, ok: false, error: toThreadError(error) } satisfies SearchEngineReply);
        }
      });
  });
}
