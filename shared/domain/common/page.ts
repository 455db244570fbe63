/** Cursor pagination: items sorted by id, the cursor is the id of the last item returned. */
export interface PageRequest {
  limit: number;
  after?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Repositories fetch limit + 1 items so that a next page is announced only when one exists. */
export function toPage<T extends { id: string }>(fetched: T[], limit: number): Page<T> {
  const items = fetched.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: fetched.length > limit && last ? last.id : null };
}
