import type { SearchEngine } from '../../../ports/SearchEngine';

/**
 * What the API's main thread and the search thread say to each other (ThreadSearchEngine.ts on
 * one side, serveSearchEngine.ts on the other). Every value is structured-cloned: plain data only.
 */
export type SearchEngineMethod = Exclude<keyof SearchEngine, 'name' | 'close'>;

export interface SearchEngineCall {
  kind: 'call';
  id: number;
  method: SearchEngineMethod;
  args: unknown[];
}

export type SearchEngineReply =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: ThreadError };

/** An error as it crosses the thread boundary: its message and the stack where it was thrown. */
export interface ThreadError {
  message: string;
  stack?: string;
}

/** Lifecycle of a thread that also runs jobs (workers/searchThread.ts), and the size of its heap. */
export type SearchThreadControl = { kind: 'start' } | { kind: 'stop' } | { kind: 'heap' };

export type SearchThreadStatus =
  | { kind: 'started'; details: Record<string, unknown> }
  | { kind: 'stopped' }
  | { kind: 'failed'; error: ThreadError }
  /** The bytes the thread's heap holds (after a full collection when the process allows one). */
  | { kind: 'heap'; usedBytes: number };

export function toThreadError(error: unknown): ThreadError {
  return error instanceof Error
    ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { message: String(error) };
}

export function fromThreadError(error: ThreadError): Error {
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
