import { getHeapStatistics } from 'node:v8';
import type { SearchThreadStatus } from './searchThreadMessages';

/**
 * The answer to a `heap` control: the bytes the calling thread's heap holds, after a full
 * collection when the process allows one (`--expose-gc`, as bench:scale runs).
 */
export function heapStatus(): SearchThreadStatus {
  global.gc?.();
  return { kind: 'heap', usedBytes: getHeapStatistics().used_heap_size };
}
