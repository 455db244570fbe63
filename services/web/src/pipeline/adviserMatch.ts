import type { components } from '../api/schema';

export type Match = components['schemas']['Match'];

/** What an adviser reads of a match: the whole match (the API document's AdviserMatch). */
export type AdviserMatch = components['schemas']['AdviserMatch'];

export function asAdviserMatch(match: Match): AdviserMatch | null {
  return match.view === 'adviser' ? match : null;
}

export function adviserViews(items: readonly Match[]): AdviserMatch[] {
  return items.flatMap((item) => {
    const view = asAdviserMatch(item);
    return view ? [view] : [];
  });
}
