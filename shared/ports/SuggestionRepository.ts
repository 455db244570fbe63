import type { SuggestionList, SuggestionSubject } from '../domain/matching/suggestion';

/** One list per offer and per profile, each replaced as a whole (one document: atomic without transactions). */
export interface SuggestionRepository {
  findList(subject: SuggestionSubject): Promise<SuggestionList | null>;
  saveList(list: SuggestionList): Promise<void>;
  removeList(subject: SuggestionSubject): Promise<void>;
}
