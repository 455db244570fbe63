import type { Match as DomainMatch } from '../../../../shared/domain/pipeline/match';
import type { components } from '../api/schema';

/** A value as JSON carries it: dates become ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

export type Match = components['schemas']['Match'];

/**
 * What an adviser reads of a match: the whole match (the API document declares only the common
 * fields, components.schemas.Match is open), typed by the domain's own Match as JSON, as
 * api/employerMatch.ts does for the employer's view.
 */
export type AdviserMatch = Match & Json<DomainMatch> & { view: 'adviser' };

export function asAdviserMatch(match: Match): AdviserMatch | null {
  return match.view === 'adviser' ? (match as unknown as AdviserMatch) : null;
}

export function adviserViews(items: readonly Match[]): AdviserMatch[] {
  return items.flatMap((item) => {
    const view = asAdviserMatch(item);
    return view ? [view] : [];
  });
}
