import type { Attendee } from './queries';

/** A name as people type it: no case, no accents, single spaces (« Héloïse » is found by « heloise »). */
export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
}

/** The rows whose name holds every word typed, in any order. */
export function filterByName<T extends { name: string }>(items: readonly T[], text: string): T[] {
  const words = normalizeName(text).split(' ').filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const name = normalizeName(item.name);
    return words.every((word) => name.includes(word));
  });
}

/**
 * The counters at the top of the list: those checked in, and those expected (registered, whether
 * they came or not). A walk-in is present without having registered.
 */
export function attendanceCounts(items: readonly Pick<Attendee, 'status' | 'walkIn'>[]): {
  present: number;
  registered: number;
  walkIns: number;
} {
  let present = 0;
  let registered = 0;
  let walkIns = 0;
  for (const item of items) {
    if (item.status === 'attended') present += 1;
    if (item.walkIn) walkIns += 1;
    else if (item.status === 'registered' || item.status === 'attended' || item.status === 'no_show') registered += 1;
  }
  return { present, registered, walkIns };
}
