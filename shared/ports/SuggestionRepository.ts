import type { SuggestionList, SuggestionSubject } from '../domain/matching/suggestion';

/** One list per offer and per profile, each replaced as a whole (one document: atomic without transactions). */
export interface SuggestionRepository {
  /** The list as the database holds it (the computations). */
  findList(subject: SuggestionSubject): Promise<SuggestionList | null>;
  /** The same, for a page: from a copy of it kept beside the database when there is one, kept otherwise. */
  findListToShow(subject: SuggestionSubject): Promise<SuggestionList | null>;
  saveList(list: SuggestionList): Promise<void>;
  removeList(subject: SuggestionSubject): Promise<void>;
  /** How many current (not stale) suggestions each of these subjects' lists holds; absent lists count 0. */
  countCurrent(entity: SuggestionSubject['entity'], ids: readonly string[]): Promise<Map<string, number>>;
}
