import type { SuggestionList, SuggestionSubject } from '../domain/matching/suggestion';

/**
 * One list per offer and per profile, each replaced as a whole: a reader sees the list before a
 * save or after it, never a mix (an offer's is stored by organisation: suggestionListSlices.ts).
 */
export interface SuggestionRepository {
  /** The list as the database holds it (the computations). */
  findList(subject: SuggestionSubject): Promise<SuggestionList | null>;
  /** Whether the subject has a list, without reading it. */
  hasList(subject: SuggestionSubject): Promise<boolean>;
  /**
   * The same, for a page of this organisation's advisers, from a copy kept beside the database when
   * there is one (kept otherwise). An offer's list may then hold this organisation's people only:
   * the others' suggestions stay with their advisers.
   */
  findListToShow(subject: SuggestionSubject, organizationId: string): Promise<SuggestionList | null>;
  saveList(list: SuggestionList): Promise<void>;
  removeList(subject: SuggestionSubject): Promise<void>;
  /** How many current (not stale) suggestions each of these subjects' lists holds; absent lists count 0. */
  countCurrent(entity: SuggestionSubject['entity'], ids: readonly string[]): Promise<Map<string, number>>;
}
