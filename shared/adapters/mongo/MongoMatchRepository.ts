import { Types, type Connection, type Model } from 'mongoose';
import type { IdLists } from '../../ports/IdLists';
import type { FieldMaps } from '../../ports/FieldMaps';
import type { RecordLocks } from '../../ports/RecordLocks';
import type { RecordCopies } from '../../ports/RecordCopies';
import {
  announceDeletions,
  announceWrites,
  findEachThroughCopies,
  versionedFamily,
  type CopyFamily,
} from './copiedReads';
import type { PageRequest } from '../../domain/common/page';
import { ValidationError } from '../../domain/errors';
import type { Match } from '../../domain/pipeline/match';
import type { MatchFilter, MatchRepository, NewMatch } from '../../ports/MatchRepository';
import { appendTo } from './appendTo';
import { findEachScoped } from './findScoped';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import {
  candidateList,
  candidateStatuses,
  fromStatusField,
  listsFor,
  listsOfMatch,
  matchListsFamily,
  meetsFilter,
  referentList,
  statusField,
  structureWaitingPeople,
  waitingSince,
  writtenInHour,
  writtenListsBetween,
  writtenListsKeptMs,
} from './matchLists';
import { matchModel, type MatchDocument } from './matchModel';
import { referentsOf } from './caseloadLists';

function toMatch(document: MatchDocument): Match {
  const { _id, pairKey: _pairKey, ...rest } = document;
  // Matches written before proposals kept what they showed have no such field.
  return { ...rest, sharedProfile: rest.sharedProfile ?? null, id: _id };
}

const readBatch = 50;
const rebuildBatch = 1_000;

/**
 * Matches are documents read and written by id; the pipeline's lists (an offer's, a person's, a
 * structure's, an employer's proposals, the proposals waiting) are id lists beside the database
 * (matchLists.ts, IdLists on Redis), written after the document and rebuilt from the collection
 * when missing, so that no page or job looks for matches by reading the whole collection. A save
 * checks the version under a lock on the match (RecordLocks): every write of a match goes through here.
 * Lists of matches are read from their copies (RecordCopies): a save announces its version, an
 * erasure the deletion of every match of the person, listed or not.
 */
export class MongoMatchRepository implements MatchRepository {
  private readonly matches: Model<MatchDocument>;
  /** The matches' copies beside the database (RecordCopies), read by the pipeline's pages and jobs. */
  private readonly copies: CopyFamily<MatchDocument>;

  constructor(
    connection: Connection,
    private readonly lists: IdLists,
    private readonly statuses: FieldMaps,
    private readonly locks: RecordLocks,
    copies: RecordCopies,
  ) {
    this.matches = matchModel(connection);
    this.copies = versionedFamily(copies, 'match');
  }

  async ensureIndexes(): Promise<void> {
    await this.matches.createIndexes();
    if (!(await this.lists.isBuilt(matchListsFamily))) await this.rebuildLists();
  }

  /** Every match's lists from the collection (a process start that finds them missing). */
  async rebuildLists(): Promise<void> {
    let batch: MatchDocument[] = [];
    const cursor = this.matches.find({}).lean<MatchDocument[]>().cursor({ batchSize: rebuildBatch });
    for await (const document of cursor) {
      batch.push(document);
      if (batch.length === rebuildBatch) {
        await this.listed(batch.map(toMatch), 'history');
        batch = [];
      }
    }
    await this.listed(batch.map(toMatch), 'history');
    await this.lists.markBuilt(matchListsFamily);
  }

  async create(match: NewMatch): Promise<Match | null> {
    const document: MatchDocument = {
      ...match,
      _id: new Types.ObjectId().toHexString(),
      pairKey: `${match.offerId}:${match.candidateId}`,
      history: [],
      version: 1,
      updatedAt: match.createdAt,
    };
    try {
      await this.matches.create(document);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // The pair has a match the lists may miss (a write that stopped before them): listed now.
      const existing = await this.matches.findOne({ pairKey: document.pairKey }).lean<MatchDocument>();
      if (existing) await this.listed([toMatch(existing)]);
      return null;
    }
    const created = toMatch(document);
    await this.listed([created]);
    return created;
  }

  /** Matches written as they are, with their lists (the bulk path of imports and benchmarks). */
  async insertAll(matches: readonly Match[]): Promise<void> {
    if (matches.length === 0) return;
    await this.matches.insertMany(
      matches.map(({ id, ...rest }) => ({ ...rest, _id: id, pairKey: `${rest.offerId}:${rest.candidateId}` })),
      { ordered: false },
    );
    await this.listed(matches, 'history');
  }

  async findById(id: string): Promise<Match | null> {
    const document = await this.matches.findById(id).lean<MatchDocument>();
    return document ? toMatch(document) : null;
  }

  async findByPair(offerId: string, candidateId: string): Promise<Match | null> {
    const ids = await this.lists.all(candidateList(candidateId));
    return (await this.readAll(ids)).find((match) => match.offerId === offerId) ?? null;
  }

  /**
   * The version is checked under the match's lock, then the match replaced by `_id` alone: a
   * `replaceOne({ _id, version })` reads the whole collection on FerretDB's SQLite backend.
   */
  async save(match: Match, expectedVersion: number): Promise<boolean> {
    const { id, ...rest } = match;
    const saved = await this.locks.withLock(`match:${id}`, async () => {
      const current = await this.matches.findById(id, { version: 1 }).lean<Pick<MatchDocument, 'version'>>();
      if (current?.version !== expectedVersion) return false;
      // The copy is dropped, not replaced: the next page keeps the document as the database gives it.
      await announceWrites(this.copies, [{ id, version: expectedVersion + 1 }]);
      await this.matches.replaceOne(
        { _id: id },
        { ...rest, _id: id, pairKey: `${match.offerId}:${match.candidateId}`, version: expectedVersion + 1 },
      );
      // Under the lock: the lists follow the match's steps in their order.
      await this.listed([match]);
      return true;
    });
    return saved;
  }

  async list(filter: MatchFilter, page: PageRequest): Promise<Match[]> {
    if (page.after !== undefined && !/^[0-9a-f]{24}$/.test(page.after)) {
      throw new ValidationError('Curseur invalide.', [{ field: 'after', reason: 'curseur de pagination inconnu' }]);
    }
    const lists = this.listsOrFail(filter);
    const found: Match[] = [];
    if (lists.length === 1) {
      // One list: read it a page at a time until the page is full (the filter may leave some out).
      let after = page.after;
      for (;;) {
        const ids = await this.lists.oldest(lists[0]!, { limit: page.limit * 2, after });
        for (const match of await this.kept(filter, await this.readAll(ids))) {
          if (found.length < page.limit) found.push(match);
        }
        if (found.length >= page.limit || ids.length < page.limit * 2) return found;
        after = ids.at(-1);
      }
    }
    // The pipelines of several people (each bounded): merged by Redis, in id order.
    const ids = (await this.lists.union(lists)).filter((id) => page.after === undefined || id > page.after);
    for (let offset = 0; offset < ids.length && found.length < page.limit; offset += page.limit * 2) {
      for (const match of await this.kept(filter, await this.readAll(ids.slice(offset, offset + page.limit * 2)))) {
        if (found.length < page.limit) found.push(match);
      }
    }
    return found;
  }

  async listAll(filter: MatchFilter): Promise<Match[]> {
    const ids = await this.lists.union(this.listsOrFail(filter));
    return this.kept(filter, await this.readAll(ids));
  }

  /**
   * The matches that meet the filter, the referent's included: the people the referents' map
   * (caseloadLists.ts) gives another referent, or none, are left out (matchLists.ts, referentList).
   */
  private async kept(filter: MatchFilter, matches: readonly Match[]): Promise<Match[]> {
    const meeting = matches.filter((match) => meetsFilter(match, filter));
    const { referentAdviserId } = filter;
    if (!referentAdviserId) return meeting;
    const referents = await this.referentsOfPeople(meeting);
    return meeting.filter((match) => referents.get(match.candidateId) === referentAdviserId);
  }

  /** The referent of each of these matches' people, from the referents' maps of their structures. */
  private async referentsOfPeople(matches: readonly Match[]): Promise<Map<string, string>> {
    const byStructure = new Map<string, string[]>();
    for (const match of matches) appendTo(byStructure, match.candidateOrganizationId, match.candidateId);
    const referents = new Map<string, string>();
    for (const [structure, people] of byStructure) {
      for (const [person, referent] of await this.statuses.get(referentsOf(structure), [...new Set(people)])) {
        referents.set(person, referent);
      }
    }
    return referents;
  }

  async listUpdatedSince(since: Date, now: Date): Promise<Match[]> {
    const lists = writtenListsBetween(since, now);
    // Further back than the hours' lists are kept (no job asks that far): the collection's query.
    if (!lists) return (await this.matches.find({ updatedAt: { $gte: since } }).lean<MatchDocument[]>()).map(toMatch);
    const ids = await this.lists.union(lists);
    return (await this.readAll(ids)).filter((match) => match.updatedAt >= since);
  }

  async deleteForCandidate(candidateId: string): Promise<void> {
    // An erasure must leave nothing of the person, whatever the lists hold (a match written into an
    // offer's list but not yet into the person's): the collection is read for their matches, and
    // deleted from again at the end, the price of being sure (two reads of it per erasure).
    const listed = await this.lists.all(candidateList(candidateId));
    const found = await this.matches.find({ candidateId }, { _id: 1 }).lean<Pick<MatchDocument, '_id'>[]>();
    const ids = [...new Set([...listed, ...found.map((match) => match._id)])];
    // Before anything is deleted: no copy of these matches is served from now on, so they are read
    // from the database (through their copies, every one would be a miss refused a copy).
    await announceDeletions(this.copies, ids);
    const matches = (await findEachScoped<MatchDocument>(this.matches, ids)).map(toMatch);
    for (let offset = 0; offset < matches.length; offset += readBatch) {
      await Promise.all(matches.slice(offset, offset + readBatch).map(({ id }) => this.matches.deleteOne({ _id: id })));
    }
    await this.matches.deleteMany({ candidateId });
    const referents = await this.referentsOfPeople(matches);
    for (const match of matches) {
      const { in: member, out } = listsOfMatch(match);
      const referent = referents.get(match.candidateId);
      const ofReferent = referent ? [referentList(match.candidateOrganizationId, referent)] : [];
      for (const list of [...member, ...out, ...ofReferent]) await this.lists.remove(list, [match.id]);
    }
    await this.statuses.clear(candidateStatuses(candidateId));
    await this.statuses.remove(
      waitingSince,
      matches.map((match) => match.id),
    );
    for (const match of matches) {
      await this.statuses.remove(structureWaitingPeople(match.candidateOrganizationId), [match.id]);
    }
  }

  /** From the proposals' dates kept beside the database, then the ones in the period by key. */
  async listProposedBetween(after: Date | null, upTo: Date): Promise<Match[]> {
    const from = after?.getTime() ?? -Infinity;
    const inPeriod = (at: number) => at > from && at <= upTo.getTime();
    const since = await this.statuses.getAll([waitingSince]);
    const ids = [...(since.get(waitingSince) ?? new Map<string, string>())]
      .filter(([, at]) => inPeriod(Number(at)))
      .map(([id]) => id)
      .sort();
    const matches = await this.readAll(ids);
    return matches.filter(
      (match) => match.status === 'proposed' && match.proposedAt !== null && inPeriod(match.proposedAt.getTime()),
    );
  }

  private listsOrFail(filter: MatchFilter): string[] {
    const lists = listsFor(filter);
    if (!lists) throw new Error(`no list of matches serves this filter: ${JSON.stringify(filter)}`);
    return lists;
  }

  /** The matches of these ids that still exist, in the same order: from their copies, the others by key. */
  private async readAll(ids: readonly string[]): Promise<Match[]> {
    return (await findEachThroughCopies(this.matches, this.copies, ids)).map(toMatch);
  }

  /**
   * Puts each match in its lists and out of those its status left (idempotent), and in the list of
   * the hour it was written. `history`: matches written in the past (a rebuild, a bulk import), of
   * which only those younger than the hours' lists' lifetime (Redis' own time) go in one.
   */
  private async listed(matches: readonly Match[], writtenWhen: 'now' | 'history' = 'now'): Promise<void> {
    const adds = new Map<string, string[]>();
    const removals = new Map<string, string[]>();
    for (const match of matches) {
      const { in: member, out } = listsOfMatch(match);
      for (const list of member) appendTo(adds, list, match.id);
      for (const list of out) appendTo(removals, list, match.id);
    }
    for (const [list, ids] of adds) await this.lists.add(list, ids);
    for (const [list, ids] of removals) await this.lists.remove(list, ids);
    // After the person's list: a change of referent that reads it after this map sees the match.
    await this.listUnderReferents(matches);
    const keptSince = writtenWhen === 'now' ? -Infinity : Date.now() - writtenListsKeptMs;
    const written = new Map<string, string[]>();
    for (const match of matches) {
      if (match.updatedAt.getTime() >= keptSince) appendTo(written, writtenInHour(match.updatedAt), match.id);
    }
    for (const [list, ids] of written) await this.lists.addExpiring(list, ids, writtenListsKeptMs);
    await this.atAGlance(matches);
  }

  /** Each match in the list of its person's referent (a person the map gives none: in no such list). */
  private async listUnderReferents(matches: readonly Match[]): Promise<void> {
    const referents = await this.referentsOfPeople(matches);
    const adds = new Map<string, string[]>();
    for (const match of matches) {
      const referent = referents.get(match.candidateId);
      if (referent) appendTo(adds, referentList(match.candidateOrganizationId, referent), match.id);
    }
    for (const [list, ids] of adds) await this.lists.add(list, ids);
  }

  /** The fields kept beside the lists (FieldMaps): when each waiting proposal was made, by whom, and each person's statuses. */
  private async atAGlance(matches: readonly Match[]): Promise<void> {
    const waiting = new Set(matches.filter((match) => match.status === 'proposed' && match.proposedAt));
    const answered = matches.filter((match) => !waiting.has(match));
    await this.statuses.set(
      waitingSince,
      Object.fromEntries([...waiting].map((match) => [match.id, String(match.proposedAt!.getTime())])),
    );
    await this.statuses.remove(
      waitingSince,
      answered.map((match) => match.id),
    );
    const byMap = new Map<string, Record<string, string>>();
    const field = (map: string, name: string, value: string) => {
      const fields = byMap.get(map) ?? {};
      fields[name] = value;
      byMap.set(map, fields);
    };
    for (const match of waiting)
      field(structureWaitingPeople(match.candidateOrganizationId), match.id, match.candidateId);
    for (const match of matches) field(candidateStatuses(match.candidateId), match.id, statusField(match));
    await this.statuses.setEach(byMap);
    const answeredByStructure = new Map<string, string[]>();
    for (const match of answered) appendTo(answeredByStructure, match.candidateOrganizationId, match.id);
    for (const [structure, ids] of answeredByStructure) {
      await this.statuses.remove(structureWaitingPeople(structure), ids);
    }
  }

  async peopleWaitingForAnswer(organizationId: string): Promise<string[]> {
    const waiting = await this.statuses.getAll([structureWaitingPeople(organizationId)]);
    return [...new Set(waiting.get(structureWaitingPeople(organizationId))?.values() ?? [])].sort();
  }

  async statusesOf(candidateIds: readonly string[]): Promise<Map<string, Pick<Match, 'status' | 'updatedAt'>[]>> {
    const maps = await this.statuses.getAll(candidateIds.map(candidateStatuses));
    return new Map(
      candidateIds.map((id) => [id, [...(maps.get(candidateStatuses(id))?.values() ?? [])].map(fromStatusField)]),
    );
  }
}
