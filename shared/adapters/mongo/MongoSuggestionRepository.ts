import type { Connection, Model } from 'mongoose';
import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import type { SuggestionRepository } from '../../ports/SuggestionRepository';
import type { FieldMaps } from '../../ports/FieldMaps';
import { suggestionListModel, type SuggestionListDocument } from './suggestionListModel';

const keyOf = (subject: SuggestionSubject) => `${subject.entity}:${subject.id}`;

/** How many current suggestions each list holds, per entity (a field per offer or person), beside the database. */
const countsFamily = 'suggestion-counts';
const countsOf = (entity: SuggestionSubject['entity']) => `s:current:${entity}`;
const currentCount = (list: Pick<SuggestionList, 'suggestions'>) =>
  list.suggestions.filter((suggestion) => !suggestion.stale).length;

export class MongoSuggestionRepository implements SuggestionRepository {
  private readonly lists: Model<SuggestionListDocument>;

  constructor(
    connection: Connection,
    private readonly counts: FieldMaps,
  ) {
    this.lists = suggestionListModel(connection);
  }

  /** The counts from the collection when a process start finds them missing. */
  async ensureIndexes(): Promise<void> {
    if (await this.counts.isBuilt(countsFamily)) return;
    const cursor = this.lists
      .find({}, { subject: 1, suggestions: 1 })
      .lean<Pick<SuggestionListDocument, 'subject' | 'suggestions'>[]>()
      .cursor({ batchSize: 500 });
    for await (const document of cursor) {
      await this.counts.set(countsOf(document.subject.entity), {
        [document.subject.id]: String(currentCount(document)),
      });
    }
    await this.counts.markBuilt(countsFamily);
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
    // After the list: a count that missed its write is set again at the list's next computation.
    await this.counts.set(countsOf(list.subject.entity), { [list.subject.id]: String(currentCount(list)) });
  }

  async removeList(subject: SuggestionSubject): Promise<void> {
    await this.lists.deleteOne({ _id: keyOf(subject) });
    await this.counts.remove(countsOf(subject.entity), [subject.id]);
  }

  /** From the counts kept beside the lists: no list is read, however many people are asked. */
  async countCurrent(entity: SuggestionSubject['entity'], ids: readonly string[]): Promise<Map<string, number>> {
    const stored = await this.counts.get(countsOf(entity), [...new Set(ids)]);
    return new Map(ids.map((id) => [id, Number(stored.get(id) ?? 0)]));
  }
}
