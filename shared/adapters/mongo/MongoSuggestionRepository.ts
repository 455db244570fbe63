import type { Connection, Model } from 'mongoose';
import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import type { SuggestionRepository } from '../../ports/SuggestionRepository';
import type { FieldMaps } from '../../ports/FieldMaps';
import type { RecordCopies } from '../../ports/RecordCopies';
import type { RecordLocks } from '../../ports/RecordLocks';
import { announceDeletions, announceWrites, findEachThroughCopies, type CopyFamily } from './copiedReads';
import { findEachScoped } from './findScoped';
import { joinSlices, keyOf, sliceKeyOf, sliceList } from './suggestionListSlices';
import { suggestionListModel, type SuggestionListDocument } from './suggestionListModel';

/** How many current suggestions each list holds, per entity (a field per offer or person), beside the database. */
const countsFamily = 'suggestion-counts';
const countsOf = (entity: SuggestionSubject['entity']) => `s:current:${entity}`;
const currentCount = (list: Pick<SuggestionList, 'suggestions'>) =>
  list.suggestions.filter((suggestion) => !suggestion.stale).length;

/** The list a document holds (lists saved before some fields have none). */
function toList(document: SuggestionListDocument | null): SuggestionList | null {
  if (!document) return null;
  const { _id: _key, revision: _revision, slices: _slices, slice: _slice, ...list } = document;
  return {
    ...list,
    byOrganization: list.byOrganization ?? {},
    poolCut: list.poolCut ?? false,
    suggestions: list.suggestions.map((suggestion) => ({ ...suggestion, stale: suggestion.stale ?? null })),
  };
}

/**
 * A page reads its list from a copy beside the database (RecordCopies), an offer's the slice of the
 * adviser's organisation (suggestionListSlices.ts): an offer's list holds the best people of every
 * structure with their reasons, which FerretDB takes tens of milliseconds to decode. A document's
 * `revision` orders its copies: every save raises it, under the list's lock (computations of one
 * list may overlap: a job, and a ripple from the other side), to the time of the save at least, so
 * that a list removed and computed again still outgrows its old copies.
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
    // A list's count is the sum of its documents' (an offer's head holds none, its slices the rest).
    const counted = new Map<string, { entity: SuggestionSubject['entity']; id: string; count: number }>();
    for await (const document of cursor) {
      const key = keyOf(document.subject);
      const entry = counted.get(key) ?? { ...document.subject, count: 0 };
      entry.count += currentCount(document);
      counted.set(key, entry);
    }
    for (const { entity, id, count } of counted.values()) {
      await this.counts.set(countsOf(entity), { [id]: String(count) });
    }
    await this.counts.markBuilt(countsFamily);
  }

  async findList(subject: SuggestionSubject): Promise<SuggestionList | null> {
    const head = await this.lists.findById(keyOf(subject)).lean<SuggestionListDocument>();
    if (!head?.slices) return toList(head);
    const slices = await findEachScoped<SuggestionListDocument>(
      this.lists,
      head.slices.map((organizationId) => sliceKeyOf(subject, organizationId)),
    );
    return toList(joinSlices(head, slices));
  }

  /**
   * Only pages keep copies (a computation of every list, a backfill or an import, would copy them
   * all). An offer's: its organisation's slice, else its head (none of their people is suggested).
   */
  async findListToShow(subject: SuggestionSubject, organizationId: string): Promise<SuggestionList | null> {
    if (subject.entity === 'offer') {
      const [slice] = await findEachThroughCopies(this.lists, this.copies, [sliceKeyOf(subject, organizationId)]);
      if (slice) return toList(slice);
    }
    const [document] = await findEachThroughCopies(this.lists, this.copies, [keyOf(subject)]);
    return toList(document ?? null);
  }

  /** The slices first, then the head: a save that stopped halfway is finished by the job's next run. */
  async saveList(list: SuggestionList): Promise<void> {
    const _id = keyOf(list.subject);
    await this.locks.withLock(`suggestions:${_id}`, async () => {
      const current = await this.lists
        .findById(_id, { revision: 1, slices: 1 })
        .lean<Pick<SuggestionListDocument, 'revision' | 'slices'>>();
      const revision = Math.max((current?.revision ?? 0) + 1, Date.now());
      const { head, slices } = sliceList(list);
      for (const [organizationId, slice] of slices) {
        await this.replace(sliceKeyOf(list.subject, organizationId), slice, revision);
      }
      const gone = (current?.slices ?? [])
        .filter((organizationId) => !slices.has(organizationId))
        .map((organizationId) => sliceKeyOf(list.subject, organizationId));
      await this.remove(gone);
      await this.replace(_id, head, revision);
    });
    // After the list: a count that missed its write is set again at the list's next computation.
    await this.counts.set(countsOf(list.subject.entity), { [list.subject.id]: String(currentCount(list)) });
  }

  async removeList(subject: SuggestionSubject): Promise<void> {
    const _id = keyOf(subject);
    await this.locks.withLock(`suggestions:${_id}`, async () => {
      const current = await this.lists.findById(_id, { slices: 1 }).lean<Pick<SuggestionListDocument, 'slices'>>();
      await this.remove([...(current?.slices ?? []).map((organizationId) => sliceKeyOf(subject, organizationId)), _id]);
    });
    await this.counts.remove(countsOf(subject.entity), [subject.id]);
  }

  /** One document replaced whole: readers see the old one or the new one, never a mix; the next reader keeps its copy. */
  private async replace(
    _id: string,
    document: Omit<SuggestionListDocument, '_id' | 'revision'>,
    revision: number,
  ): Promise<void> {
    await announceWrites(this.copies, [{ id: _id, version: revision }]);
    await this.lists.replaceOne({ _id }, { ...document, _id, revision }, { upsert: true });
  }

  private async remove(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await announceDeletions(this.copies, keys);
    for (const _id of keys) await this.lists.deleteOne({ _id });
  }

  /** From the counts kept beside the lists: no list is read, however many people are asked. */
  async countCurrent(entity: SuggestionSubject['entity'], ids: readonly string[]): Promise<Map<string, number>> {
    const stored = await this.counts.get(countsOf(entity), [...new Set(ids)]);
    return new Map(ids.map((id) => [id, Number(stored.get(id) ?? 0)]));
  }
}
