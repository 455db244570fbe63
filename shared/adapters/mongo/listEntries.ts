import type { IdLists } from '../../ports/IdLists';
import { appendTo } from './appendTo';

/** One place of a record in the lists kept beside the database: the list, and the member standing for it. */
export interface ListEntry {
  list: string;
  member: string;
}

const keyOf = (entry: ListEntry) => `${entry.list}\n${entry.member}`;

/** The entries a record had and has no more, and the ones it has now and had not (an edit's moves). */
export function listMoves(before: readonly ListEntry[], after: readonly ListEntry[]) {
  const was = new Set(before.map(keyOf));
  const is = new Set(after.map(keyOf));
  return {
    left: before.filter((entry) => !is.has(keyOf(entry))),
    joined: after.filter((entry) => !was.has(keyOf(entry))),
  };
}

/** Adds the entries, one write per list. */
export async function addEntries(lists: IdLists, entries: readonly ListEntry[]): Promise<void> {
  const byList = new Map<string, string[]>();
  for (const { list, member } of entries) appendTo(byList, list, member);
  for (const [list, members] of byList) await lists.add(list, members);
}

/** Removes the entries, one write per list. */
export async function removeEntries(lists: IdLists, entries: readonly ListEntry[]): Promise<void> {
  const byList = new Map<string, string[]>();
  for (const { list, member } of entries) appendTo(byList, list, member);
  for (const [list, members] of byList) await lists.remove(list, members);
}

/** Moves a record from the entries it had to the ones it has. */
export async function moveEntries(
  lists: IdLists,
  before: readonly ListEntry[],
  after: readonly ListEntry[],
): Promise<void> {
  const { left, joined } = listMoves(before, after);
  await removeEntries(lists, left);
  await addEntries(lists, joined);
}
