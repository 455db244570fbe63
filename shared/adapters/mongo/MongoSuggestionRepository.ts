import type { Connection, Model } from 'mongoose';
import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import type { SuggestionRepository } from '../../ports/SuggestionRepository';
import type { FieldMaps } from '../../ports/FieldMaps';
import type { RecordCopies } from '../../ports/RecordCopies';
import type { RecordLocks } from '../../ports/RecordLocks';
import { announceDeletions, announceWrites, findEachThroughCopies, type CopyFamily } from './copiedReads';
import { suggestionListModel, type SuggestionListDocument } from './suggestionListModel';

const keyOf = (subject: SuggestionSubject) => `${subject.entity}:${subject.id}`;

/** How many current suggestions each list holds, per entity (a field per offer or person), beside the database. */
const countsFamily = 'suggestion-counts';
const countsOf = (entity: SuggestionSubject['entity']) => `s:current:${entity}`;
const currentCount = (list: Pick<SuggestionList, 'suggestions'>) =>
  list.suggestions.filter((suggestion) => !suggestion.stale).length;

/** The list a document holds (lists saved before some fields have none). */
function toList(document: SuggestionListDocument | null): SuggestionList | null {
  if (!document) return null;
  const { _id: _key, revision: _revision, ...list } = document;
  return {
    ...list,
    byOrganization: list.byOrganization ?? {},
    poolCut: list.poolCut ?? false,
    suggestions: list.suggestions.map((suggestion) => ({ ...suggestion, stale: suggestion.stale ?? null })),
  };
}

/**
 * Lists are read from their copies beside the database (RecordCopies): an offer's list holds the
 * best people of every structure with their reasons, a document FerretDB takes tens of milliseconds
 * to decode. A list's `revision` orders its copies: it grows by one at every save, under the list's
 * lock (computations of one list may overlap: a job and a ripple from the other side).
 */
export class MongoSuggestionRepository implements SuggestionRepository {
  private readonly lists: Model<SuggestionListDocument>;
  private readonly copies: CopyFamily<SuggestionListDocument>;

  constructor(
    connection: Connection,
    private readonly counts: FieldMaps,
    private readonly locks: RecordLocks,
    copies: RecordCopies,
  ) {
    this.lists = suggestionListModel(connection);
    this.copies = { copies, name: 'suggestion-list', versionOf: (doc) => doc.revision ?? Number.NaN };
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
    return toList(await this.lists.findById(keyOf(subject)).lean<SuggestionListDocument>());
  }

  /** Only pages keep copies: a computation of every list (a backfill, an import) would copy them all. */
  async findListToShow(subject: SuggestionSubject): Promise<SuggestionList | null> {
    const [document] = await findEachThroughCopies(this.lists, this.copies, [keyOf(subject)]);
    return toList(document ?? null);
  }

  async saveList(list: SuggestionList): Promise<void> {
    const _id = keyOf(list.subject);
    await this.locks.withLock(`suggestions:${_id}`, async () => {
      const current = await this.lists.findById(_id, { revision: 1 }).lean<Pick<SuggestionListDocument, 'revision'>>();
      const revision = (current?.revision ?? 0) + 1;
      await announceWrites(this.copies, [{ id: _id, version: revision }]);
      // One document, replaced whole: readers see the old list or the new one, never a mix. Its copy
      // is kept by the next reader.
      await this.lists.replaceOne({ _id }, { _id, ...list, revision }, { upsert: true });
    });
    // After the list: a count that missed its write is set again at the list's next computation.
    await this.counts.set(countsOf(list.subject.entity), { [list.subject.id]: String(currentCount(list)) });
  }

  async removeList(subject: SuggestionSubject): Promise<void> {
    const _id = keyOf(subject);
    await this.locks.withLock(`suggestions:${_id}`, async () => {
      await announceDeletions(this.copies, [_id]);
      await this.lists.deleteOne({ _id });
    });
    await this.counts.remove(countsOf(subject.entity), [subject.id]);
  }

  /** From the counts kept beside the lists: no list is read, however many people are asked. */
  async countCurrent(entity: SuggestionSubject['entity'], ids: readonly string[]): Promise<Map<string, number>> {
    const stored = await this.counts.get(countsOf(entity), [...new Set(ids)]);
    return new Map(ids.map((id) => [id, Number(stored.get(id) ?? 0)]));
  }
}
