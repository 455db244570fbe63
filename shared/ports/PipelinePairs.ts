import type { SuggestionSubject } from '../domain/matching/suggestion';

/** Which suggestions advisers took into the recruitment pipeline: those are never dropped silently. */
export interface PipelinePairs {
  /** `offerId:candidateId` keys of the pipeline's matches of this offer or profile. */
  pairsOf(subject: SuggestionSubject): Promise<Set<string>>;
}
