import type { Suggestion, SuggestionList } from './suggestion';

/** A list as an adviser reads it: which versions it reflects, how it was computed, the suggestions kept. */
export interface SuggestionsView<T> {
  /** The entity's version now, and the one the list was computed for (null: not computed yet). */
  currentVersion: number;
  computedVersion: number | null;
  computedAt: Date | null;
  durationMs: number | null;
  retrieved: number;
  eligible: number;
  poolCut: boolean;
  items: (Suggestion & { counterpart: T })[];
}

/** Fresh suggestions by score first, then stale ones; at most `limit`, none below `minScore`. */
export function selectSuggestions(
  list: SuggestionList | null,
  options: { visible: (suggestion: Suggestion) => boolean; minScore: number; limit: number },
): Suggestion[] {
  return (list?.suggestions ?? [])
    .filter((suggestion) => options.visible(suggestion) && suggestion.score >= options.minScore)
    .sort((a, b) => Number(a.stale !== null) - Number(b.stale !== null) || b.score - a.score)
    .slice(0, options.limit);
}

/**
 * `organizationId`: for an offer's list, the adviser's organisation, whose figures alone they
 * get; a profile's list is already their organisation's.
 */
export function toSuggestionsView<T>(
  list: SuggestionList | null,
  currentVersion: number,
  items: (Suggestion & { counterpart: T })[],
  organizationId?: string,
): SuggestionsView<T> {
  const figures =
    organizationId === undefined ? list : (list?.byOrganization[organizationId] ?? { retrieved: 0, eligible: 0 });
  return {
    currentVersion,
    computedVersion: list?.subject.version ?? null,
    computedAt: list?.computedAt ?? null,
    durationMs: list?.durationMs ?? null,
    retrieved: figures?.retrieved ?? 0,
    eligible: figures?.eligible ?? 0,
    poolCut: list?.poolCut ?? false,
    items,
  };
}
