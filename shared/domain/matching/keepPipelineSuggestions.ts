import { pairKey, type Suggestion } from './suggestion';

/**
 * Merges a fresh computation with the previous one: suggestions the pipeline holds and the fresh
 * one no longer finds are kept, flagged stale with the reason (the first time's date is kept);
 * those found again lose their flag; the others simply go.
 */
export function keepPipelineSuggestions(input: {
  previous: Suggestion[];
  fresh: Suggestion[];
  inPipeline: Set<string>;
  reasonFor: (suggestion: Suggestion) => string;
  now: Date;
}): Suggestion[] {
  const found = new Set(input.fresh.map(pairKey));
  const kept = input.previous
    .filter((suggestion) => input.inPipeline.has(pairKey(suggestion)) && !found.has(pairKey(suggestion)))
    .map((suggestion) => ({
      ...suggestion,
      stale: suggestion.stale ?? { reason: input.reasonFor(suggestion), since: input.now },
    }));
  return [...input.fresh, ...kept];
}
