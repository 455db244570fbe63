/**
 * Lists kept beside the database, each in the byte order of its members: ids (time-ordered
 * ObjectIds, so newest last), or strings that end with one and begin with what the list is sorted
 * by (caseloadLists.ts). What a page lists and counts (a user's notifications, an offer's matches, a
 * caseload) without a query that reads a collection. The database stays the source of truth: a list
 * can be rebuilt from it, and a page reads its documents by id.
 */
export interface IdLists {
  /** Idempotent: an id already in the list stays once. */
  add(list: string, ids: readonly string[]): Promise<void>;
  /** As `add`, and the whole list goes `ttlMs` after its last addition (lists of recent work). */
  addExpiring(list: string, ids: readonly string[], ttlMs: number): Promise<void>;
  /** Unknown ids are ignored. */
  remove(list: string, ids: readonly string[]): Promise<void>;
  /** Newest (greatest id) first, strictly after `after` (an id of the previous page, even one since removed). */
  newest(list: string, page: { limit: number; after?: string | undefined }): Promise<string[]>;
  /** Oldest (smallest id) first, strictly after `after`. */
  oldest(list: string, page: { limit: number; after?: string | undefined }): Promise<string[]>;
  /**
   * Smallest first, the members from `from` (included; the list's start when not said) to strictly
   * below `before`, in byte order: the offers ending by a date, the member an e-mail address begins.
   */
  between(list: string, bounds: { from?: string; before: string }, limit: number): Promise<string[]>;
  /** The members at these positions, in the list's order (offset paging of an ordered list). */
  range(list: string, page: { offset: number; limit: number }): Promise<string[]>;
  /** Every id of the list, newest first (for a list bounded by what it holds, e.g. the unread). */
  all(list: string): Promise<string[]>;
  /** The members in every one of these lists, in the lists' order (the caseload's filters). */
  intersection(lists: readonly string[]): Promise<string[]>;
  /**
   * The members in any of these lists, each once, smallest first, in one round trip however many
   * lists are asked (the matches of the thousand people an adviser follows).
   */
  union(lists: readonly string[]): Promise<string[]>;
  count(list: string): Promise<number>;
  clear(list: string): Promise<void>;
  /** Whether the lists of `family` were built from the database (rebuilds are marked done here). */
  isBuilt(family: string): Promise<boolean>;
  markBuilt(family: string): Promise<void>;
}
