import type { Connection, Model } from 'mongoose';
import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import type { SuggestionRepository } from '../../ports/SuggestionRepository';
import { suggestionListModel, type SuggestionListDocument } from './suggestionListModel';

const keyOf = (subject: SuggestionSubject) => `${subject.entity}:${subject.id}`;
const byKeyCeiling = 500;

export class MongoSuggestionRepository implements SuggestionRepository {
  private readonly lists: Model<SuggestionListDocument>;

  constructor(connection: Connection) {
    this.lists = suggestionListModel(connection);
  }

  async findList(subject: SuggestionSubject): Promise<SuggestionList | null> {
    const document = await this.lists.findById(keyOf(subject)).lean<SuggestionListDocument>();
    if (!document) return null;
    const { _id: _key, ...list } = document;
    return {
      ...list,
      byOrganization: list.byOrganization ?? {},
      poolCut: list.poolCut ?? false,
      suggestions: list.suggestions.map((suggestion) => ({ ...suggestion, stale: suggestion.stale ?? null })),
    };
  }

  async saveList(list: SuggestionList): Promise<void> {
    // One document, replaced whole: readers see the old list or the new one, never a mix.
    await this.lists.replaceOne({ _id: keyOf(list.subject) }, { _id: keyOf(list.subject), ...list }, { upsert: true });
  }

  async removeList(subject: SuggestionSubject): Promise<void> {
    await this.lists.deleteOne({ _id: keyOf(subject) });
  }

  async countCurrent(entity: SuggestionSubject['entity'], ids: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map(ids.map((id) => [id, 0]));
    if (ids.length === 0) return counts;
    // A page's people by key, fifty at a time: an `$in` reads the whole collection on FerretDB's
    // SQLite backend, which costs less than thousands of reads by key only for a whole structure.
    const documents: Pick<SuggestionListDocument, 'subject' | 'suggestions'>[] =
      ids.length > byKeyCeiling
        ? await this.lists
            .find({ _id: { $in: ids.map((id) => keyOf({ entity, id })) } }, { subject: 1, suggestions: 1 })
            .lean<Pick<SuggestionListDocument, 'subject' | 'suggestions'>[]>()
        : [];
    for (let offset = 0; ids.length <= byKeyCeiling && offset < ids.length; offset += 50) {
      const read = await Promise.all(
        ids
          .slice(offset, offset + 50)
          .map((id) =>
            this.lists
              .findById(keyOf({ entity, id }), { subject: 1, suggestions: 1 })
              .lean<Pick<SuggestionListDocument, 'subject' | 'suggestions'>>(),
          ),
      );
      for (const document of read) if (document) documents.push(document);
    }
    for (const document of documents) {
      const current = document.suggestions.filter((suggestion) => !suggestion.stale).length;
      counts.set(document.subject.id, current);
    }
    return counts;
  }
}
