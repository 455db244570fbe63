import { Worker } from 'node:worker_threads';
import type {
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
  IndexDefinition,
} from '../../../ports/SearchEngine';
import { asError } from '../../../domain/common/asError';
import {
  fromThreadError,
  type SearchEngineCall,
  type SearchEngineMethod,
  type SearchEngineReply,
  type SearchThreadControl,
  type SearchThreadStatus,
} from './searchThreadMessages';

export interface ThreadSearchEngineOptions {
  /** The thread's entry point: a file that calls serveSearchEngine on its parentPort. */
  entry: string;
  /** Given to the thread as `workerData` (plain data: it is cloned). */
  workerData?: unknown;
  /** The thread ended without being asked to (a crash): its index is gone with it. */
  onUnexpectedExit?(error: Error): void;
}

/**
 * A search engine that lives in a worker thread of this process: each call is posted to the
 * thread and answered there, so that the index's work (queries, writes, and the matching jobs the
 * thread may run beside it) never holds this thread's event loop. Its behaviour is the engine's
 * in the thread: tests/contract runs the same suite through it.
 */
export class ThreadSearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly thread: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly statusWaiters: ((status: SearchThreadStatus) => void)[] = [];
  private nextId = 1;
  private ended: Error | null = null;
  private stopping = false;
  private readonly exited: Promise<void>;

  constructor(private readonly options: ThreadSearchEngineOptions) {
    // Under tsx (development, tests) the entry is TypeScript: the thread registers tsx's loader first.
    const typescript = options.entry.endsWith('.ts');
    this.thread = typescript
      ? new Worker(
          `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(options.entry)});`,
          {
            eval: true,
            workerData: options.workerData,
          },
        )
      : new Worker(options.entry, { workerData: options.workerData });
    this.thread.on('message', (message: SearchEngineReply | SearchThreadStatus) => this.receive(message));
    this.thread.on('error', (error) => this.end(error));
    this.exited = new Promise((resolve) =>
      this.thread.once('exit', (code) => {
        this.end(new Error(`the search thread exited (code ${code})`));
        resolve();
      }),
    );
  }

  check(): Promise<void> {
    return this.call('check', []) as Promise<void>;
  }

  ensureIndex(definition: IndexDefinition): Promise<void> {
    return this.call('ensureIndex', [definition]) as Promise<void>;
  }

  upsert(index: string, documents: SearchDocument[]): Promise<void> {
    return this.call('upsert', [index, documents]) as Promise<void>;
  }

  delete(index: string, ids: string[]): Promise<void> {
    return this.call('delete', [index, ids]) as Promise<void>;
  }

  search<D extends SearchDocument = SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<D>> {
    return this.call('search', [index, query]) as Promise<SearchResult<D>>;
  }

  /** For a thread that runs jobs: starts them, and resolves with what the thread reports once they run. */
  async start(): Promise<Record<string, unknown>> {
    const status = await this.control({ kind: 'start' });
    if (status.kind === 'failed') throw fromThreadError(status.error);
    if (status.kind !== 'started') throw this.ended ?? new Error('the search thread stopped before it started');
    return status.details;
  }

  /** The bytes the thread's heap holds, the index's included (what bench:scale reports of the index). */
  async heapUsed(): Promise<number> {
    // Once a stop is asked, its answer is the next one: a heap asked after it would take it.
    if (this.stopping) throw new Error('the search thread is stopping');
    const status = await this.control({ kind: 'heap' });
    if (status.kind !== 'heap') throw this.ended ?? new Error('the search thread did not tell its heap');
    return status.usedBytes;
  }

  /** Lets the thread finish its jobs and close what it opened, then waits for it to end. */
  async close(): Promise<void> {
    if (this.ended) return this.exited;
    this.stopping = true;
    const status = await this.control({ kind: 'stop' });
    if (status.kind === 'failed') await this.thread.terminate();
    await this.exited;
  }

  private call(method: SearchEngineMethod, args: unknown[]): Promise<unknown> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const call: SearchEngineCall = { kind: 'call', id, method, args };
      try {
        this.thread.postMessage(call);
      } catch (error) {
        // Arguments that cannot be cloned: this call fails, the thread goes on.
        this.pending.delete(id);
        reject(asError(error));
      }
    });
  }

  /** The thread answers its controls in the order they came (a stop waits for a start under way). */
  private control(message: SearchThreadControl): Promise<SearchThreadStatus> {
    if (this.ended) return Promise.resolve({ kind: 'stopped' });
    return new Promise((resolve) => {
      this.statusWaiters.push(resolve);
      this.thread.postMessage(message);
    });
  }

  private receive(message: SearchEngineReply | SearchThreadStatus): void {
    if (message.kind !== 'reply') {
      this.statusWaiters.shift()?.(message);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(fromThreadError(message.error));
  }

  private end(error: Error): void {
    if (this.ended) return;
    this.ended = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    for (const waiter of this.statusWaiters.splice(0)) waiter({ kind: 'stopped' });
    if (!this.stopping) this.options.onUnexpectedExit?.(error);
  }
}
