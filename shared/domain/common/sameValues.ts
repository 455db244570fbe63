import { isDeepStrictEqual } from 'node:util';

/**
 * Whether `stored` already holds every value `next` gives, compared by content: dates by their
 * time, arrays item by item, nested objects key by key. A write that would store the same values
 * is skipped, so that it bumps no version and starts no indexing or matching.
 */
export function holdsSameValues<T extends object>(stored: T, next: Partial<T>): boolean {
  return (Object.keys(next) as (keyof T)[]).every((key) => isDeepStrictEqual(stored[key], next[key]));
}
