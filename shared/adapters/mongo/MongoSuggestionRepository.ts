import type { Connection, Model } from 'mongoose';
import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import type { SuggestionRepository } from '../../ports/SuggestionRepository';
import type { FieldMaps } from '../../ports/FieldMaps';
import type { RecordCopies } from '../../ports/RecordCopies';
import type { RecordLocks } from '../../ports/RecordLocks';
import { announceDeletions, announceWrites, findEachThroughCopies, type CopyFamily } from './copiedReads';
import { findEachScoped } from './findScoped';
import {
  joinSlices,
  keyOf,
  organizationsWithSlices,
  sliceKeyOf,
  sliceKeysOf,
  sliceList,
  viewOf,
} from './suggestionListSlices';
import { suggestionListModel, type SuggestionListDocument } from './suggestionListModel';

const lockOf = (subject: SuggestionSubject) => `suggestions:${keyOf(subject)}`;

/** How many current suggestions each list holds, per entity (a field per offer or person), beside the database. */
const countsFamily = 'suggestion-counts';
const countsOf = (entity: SuggestionSubject['entity']) => `s:current:${entity}`;
const currentCount = (list: Pick<SuggestionList, 'suggestions'>) =>
  list.suggestions.filter((suggestion) => !suggestion.stale).length;

/** The list a document holds (lists saved before some fields have none). */
function toList(document: SuggestionListDocument | null): SuggestionList | null {
  if (!document) return null;
  const { _id: _key, revision: _revision, slices: _slices, leaving: _leaving, slice: _slice, ...list } = document;
  return {
    ...list,
    byOrganization: list.byOrganization ?? {},
    poolCut: list.poolCut ?? false,
    suggestions: list.suggestions.map((suggestion) => ({ ...suggestion, stale: suggestion.stale ?? null })),
  };
}

/**
 * A page reads its list from a copy beside the database (RecordCopies), an offer's the slice of the
 * adviser's organisation and the head it belongs to (suggestionListSlices.ts): an offer's whole
 * list holds the best people of every structure with the reasons of each score, which FerretDB
 * decodes in 50 ms alone and 250 ms at 8 reads in flight at a Département's size. A document's
 * `revision` orders its copies: every save raises it, under the list's lock (computations of one
 * list may overlap: a job, and a ripple from the other side), to the time of the save at least, so
 * that a list whose documents were deleted outside the repository still outgrows their old copies.
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

  /** The counts from the collection when a process start finds them missing (an offer's from its head and slices). */
  async ensureIndexes(): Promise<void> {
    if (await this.counts.isBuilt(countsFamily)) return;
    const cursor = this.lists
      .find({}, { subject: 1, suggestions: 1, revision: 1, slices: 1, slice: 1 })
      .lean<SuggestionListDocument[]>()
      .cursor({ batchSize: 500 });
    for await (const document of cursor) {
      if (document.slice !== undefined) continue;
      const list = await this.joined(document);
      await this.counts.set(countsOf(document.subject.entity), { [document.subject.id]: String(currentCount(list)) });
    }
    await this.counts.markBuilt(countsFamily);
  }

  /** Under the list's lock: a save halfway through is not read. */
  async findList(subject: SuggestionSubject): Promise<SuggestionList | null> {
    return this.locks.withLock(lockOf(subject), async () => {
      const head = await this.lists.findById(keyOf(subject)).lean<SuggestionListDocument>();
      return head ? toList(await this.joined(head)) : null;
    });
  }

  async hasList(subject: SuggestionSubject): Promise<boolean> {
    return (await this.lists.findById(keyOf(subject), { _id: 1 }).lean()) !== null;
  }

  /**
   * Only pages keep copies (a computation of every list, a backfill or an import, would copy them
   * all). An offer's: the head and its organisation's slice, in one round trip when both are copied.
   */
  async findListToShow(subject: SuggestionSubject, organizationId: string): Promise<SuggestionList | null> {
    const keys = subject.entity === 'offer' ? [keyOf(subject), sliceKeyOf(subject, organizationId)] : [keyOf(subject)];
    const [head, slice] = await findEachThroughCopies(this.lists, this.copies, keys);
    return head?._id === keyOf(subject) ? toList(viewOf(head, slice)) : null;
  }

  /**
   * The head first, listing the organisations whose slices follow and those whose slices go; then
   * the slices; then those that go. A save that stopped halfway leaves a head no old slice belongs
   * to (its pages show nobody until the job, retried, saves again), and what it must delete listed.
   */
  async saveList(list: SuggestionList): Promise<void> {
    const _id = keyOf(list.subject);
    await this.locks.withLock(lockOf(list.subject), async () => {
      const current = await this.lists
        .findById(_id, { revision: 1, slices: 1, leaving: 1 })
        .lean<Pick<SuggestionListDocument, 'revision' | 'slices' | 'leaving'>>();
      const revision = Math.max((current?.revision ?? 0) + 1, Date.now());
      const { head, slices } = sliceList(list);
      const leaving = organizationsWithSlices(current).filter((organizationId) => !slices.has(organizationId));
      await this.replace(_id, head.slices ? { ...head, leaving } : head, revision);
      for (const [organizationId, slice] of slices) {
        await this.replace(sliceKeyOf(list.subject, organizationId), slice, revision);
      }
      if (leaving.length === 0) return;
      await this.remove(sliceKeysOf(list.subject, leaving));
      // Only the head's own bookkeeping: pages do not read `leaving`, so its copy may keep it.
      await this.lists.updateOne({ _id }, { $set: { leaving: [] } });
    });
    // After the list: a count that missed its write is set again at the list's next computation.
    await this.counts.set(countsOf(list.subject.entity), { [list.subject.id]: String(currentCount(list)) });
  }

  /** The slices first, the head last: a removal that stopped halfway still lists what is left. */
  async removeList(subject: SuggestionSubject): Promise<void> {
    const _id = keyOf(subject);
    await this.locks.withLock(lockOf(subject), async () => {
      const current = await this.lists
        .findById(_id, { slices: 1, leaving: 1 })
        .lean<Pick<SuggestionListDocument, 'slices' | 'leaving'>>();
      await this.remove(sliceKeysOf(subject, organizationsWithSlices(current)));
      await this.remove([_id]);
    });
    await this.counts.remove(countsOf(subject.entity), [subject.id]);
  }

  /** The head's whole list: its slices of its revision read by key (a document without slices is whole). */
  private async joined(head: SuggestionListDocument): Promise<SuggestionListDocument> {
    if (!head.slices) return head;
    const slices = await findEachScoped<SuggestionListDocument>(this.lists, sliceKeysOf(head.subject, head.slices));
    return joinSlices(head, slices);
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
