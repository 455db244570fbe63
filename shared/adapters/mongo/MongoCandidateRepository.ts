import { Types, type Connection, type Model } from 'mongoose';
import type { CandidateProfile } from '../../domain/candidates/candidateProfile';
import { ConflictError } from '../../domain/errors';
import type {
  CandidateChanges,
  CandidateFilter,
  CandidateRepository,
  CaseloadQuery,
  NewCandidate,
} from '../../ports/CandidateRepository';
import { candidateModel, type CandidateDocument } from './candidateModel';
import { afterCursor, inOrganization, toObjectIdOrNull } from './cursorFilter';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { bumpVersion, importKey, initialVersion, VersionTracking } from './versionedWrites';
import { addEntries, moveEntries, removeEntries } from './listEntries';
import { findScoped } from './findScoped';
import { deleteByKey, updateByKey } from './writeByKey';
import type { IdLists } from '../../ports/IdLists';
import type { RecordLocks } from '../../ports/RecordLocks';
import type { FieldMaps } from '../../ports/FieldMaps';
import type { RecordCopies } from '../../ports/RecordCopies';
import { copyHooks, findEachThroughCopies, versionedFamily, type CopyFamily } from './copiedReads';
import { ImportKeys } from './importKeys';
import {
  caseloadEntries,
  caseloadListsFamily,
  caseloadListsFor,
  idOfMember,
  namesOfMember,
  referentFields,
} from './caseloadLists';
import { candidateList, referentList } from './matchLists';

export function toCandidate(doc: CandidateDocument): CandidateProfile {
  const { _id, organizationId, referentAdviserId, importKey: _key, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    organizationId: organizationId.toHexString(),
    referentAdviserId: referentAdviserId.toHexString(),
    // Profiles written before the field existed have none.
    lastProposedAt: rest.lastProposedAt ?? null,
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The caseload's filters the lists cannot hold, applied to their members: the name, the ids. */
function memberFilter(query: CaseloadQuery): (member: string) => boolean {
  const name = query.name?.trim();
  // Case-insensitive, as the database's `$regex` with `i` was.
  const pattern = name ? new RegExp(escapeRegex(name), 'iu') : undefined;
  const among = query.amongIds ? new Set(query.amongIds) : undefined;
  return (member) => {
    if (among && !among.has(idOfMember(member))) return false;
    if (!pattern) return true;
    const { firstName, lastName } = namesOfMember(member);
    return pattern.test(firstName) || pattern.test(lastName);
  };
}

/** The one caseload list that answers these filters as it is (no name, no ids to keep), if one does. */
function oneListFor(organizationId: string, query: CaseloadQuery): string | undefined {
  const lists = caseloadListsFor(organizationId, query);
  return lists.length === 1 && !query.name?.trim() && query.amongIds === undefined ? lists[0] : undefined;
}

const duplicateRef = () => new ConflictError('Un profil de cette organisation porte déjà cette référence externe.');

export class MongoCandidateRepository implements CandidateRepository {
  private readonly model: Model<CandidateDocument>;
  private readonly importKeys: ImportKeys;
  private readonly versions: VersionTracking<CandidateDocument, CandidateProfile>;
  /** The profiles' copies beside the database (RecordCopies), read by the pages that list people. */
  private readonly copies: CopyFamily<CandidateDocument>;
  private readonly copyHooks: ReturnType<typeof copyHooks<CandidateDocument>>;

  constructor(
    connection: Connection,
    private readonly locks: RecordLocks,
    private readonly lists: IdLists,
    private readonly maps: FieldMaps,
    copies: RecordCopies,
  ) {
    this.importKeys = new ImportKeys(maps, 'candidate');
    this.model = candidateModel(connection);
    this.versions = new VersionTracking(this.model, toCandidate);
    this.copies = versionedFamily(copies, 'candidate');
    this.copyHooks = copyHooks(this.copies);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
    if (!(await this.lists.isBuilt(caseloadListsFamily))) await this.rebuildCaseloadLists();
    await this.importKeys.rebuildIfMissing((handle) => this.versions.forEachBatch(1_000, handle));
  }

  async create(candidate: NewCandidate, now: Date): Promise<CandidateProfile> {
    try {
      const created = await this.model.create({
        ...candidate,
        organizationId: new Types.ObjectId(candidate.organizationId),
        referentAdviserId: new Types.ObjectId(candidate.referentAdviserId),
        ...importKey(candidate.organizationId, candidate.externalRef),
        ...initialVersion(now),
      });
      const person = toCandidate(created.toObject());
      await this.listInCaseload([person]);
      await this.importKeys.remember([person]);
      return person;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.importKeys.rememberExisting(this.model, candidate.organizationId, candidate.externalRef, toCandidate);
      throw duplicateRef();
    }
  }

  async findById(id: string): Promise<CandidateProfile | null> {
    const _id = toObjectIdOrNull(id);
    const doc = _id && (await this.model.findById(_id).lean<CandidateDocument>());
    return doc ? toCandidate(doc) : null;
  }

  async findInOrganization(organizationId: string, candidateId: string): Promise<CandidateProfile | null> {
    const scope = inOrganization(organizationId, candidateId);
    const doc = scope && (await findScoped<CandidateDocument>(this.model, scope));
    return doc ? toCandidate(doc) : null;
  }

  /** From the import keys (importKeys.ts), then by key, the reference checked on the document. */
  async findByExternalRef(organizationId: string, externalRef: string): Promise<CandidateProfile | null> {
    const id = await this.importKeys.idOf(organizationId, externalRef);
    const doc = id && (await this.model.findById(id).lean<CandidateDocument>());
    return doc && doc.importKey === importKey(organizationId, externalRef).importKey ? toCandidate(doc) : null;
  }

  async listInOrganization(
    organizationId: string,
    filter: CandidateFilter,
    page: { limit: number; after?: string },
  ): Promise<CandidateProfile[]> {
    const referent = filter.referentAdviserId ? toObjectIdOrNull(filter.referentAdviserId) : undefined;
    if (referent === null) return [];
    const docs = await this.model
      .find({
        organizationId: new Types.ObjectId(organizationId),
        ...(filter.status ? { status: filter.status } : {}),
        ...(referent ? { referentAdviserId: referent } : {}),
        ...afterCursor(page.after),
      })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<CandidateDocument[]>();
    return docs.map(toCandidate);
  }

  async searchInOrganization(
    organizationId: string,
    query: CaseloadQuery,
    page: { limit: number; offset: number },
  ): Promise<{ items: CandidateProfile[]; total: number }> {
    // One list (a structure's, a referent's, or one facet's alone) is paged and counted as it is.
    const list = oneListFor(organizationId, query);
    if (list) return this.pageOfList(organizationId, list, page);
    const members = await this.filteredMembers(organizationId, query);
    const ids = members.slice(page.offset, page.offset + page.limit).map(idOfMember);
    return { items: await this.listInOrganizationByIds(organizationId, ids), total: members.length };
  }

  /** A page of one caseload list's people, and how many they are, without reading its other members. */
  private async pageOfList(
    organizationId: string,
    list: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: CandidateProfile[]; total: number }> {
    const [members, total] = await Promise.all([this.lists.range(list, page), this.lists.count(list)]);
    return { items: await this.listInOrganizationByIds(organizationId, members.map(idOfMember)), total };
  }

  /** The members the filters keep, in the caseload's order: the facets' lists met, then name and ids. */
  private async filteredMembers(organizationId: string, query: CaseloadQuery): Promise<string[]> {
    if (query.amongIds?.length === 0) return [];
    const members = await this.lists.intersection(caseloadListsFor(organizationId, query));
    return members.filter(memberFilter(query));
  }

  async idsInOrganization(organizationId: string, query: CaseloadQuery): Promise<string[]> {
    const list = oneListFor(organizationId, query);
    if (list) return (await this.lists.all(list)).map(idOfMember);
    return (await this.filteredMembers(organizationId, query)).map(idOfMember);
  }

  /** From their copies, the others by primary key (findEachThroughCopies), in the ids' order. */
  async listInOrganizationByIds(organizationId: string, candidateIds: string[]): Promise<CandidateProfile[]> {
    const organization = toObjectIdOrNull(organizationId);
    const ids = [...new Set(candidateIds)].map(toObjectIdOrNull).filter((id) => id !== null);
    if (!organization) return [];
    const docs = await findEachThroughCopies(this.model, this.copies, ids, {
      organizationId: organization,
    });
    return docs.map(toCandidate);
  }

  async update(
    organizationId: string,
    candidateId: string,
    changes: CandidateChanges,
    now: Date,
  ): Promise<CandidateProfile | null> {
    const scope = inOrganization(organizationId, candidateId);
    if (!scope) return null;
    const { referentAdviserId, ...rest } = changes;
    const bump = bumpVersion(now);
    const doc = await updateByKey<CandidateDocument>(
      this.model,
      this.locks,
      scope._id,
      (current) => current.organizationId.equals(scope.organizationId),
      {
        $inc: bump.$inc,
        $set: {
          ...rest,
          ...(referentAdviserId ? { referentAdviserId: new Types.ObjectId(referentAdviserId) } : {}),
          ...bump.$set,
        },
      },
      {
        writing: this.copyHooks.writing,
        written: async (before, after) => {
          await this.moveInCaseload(toCandidate(before), toCandidate(after));
          await this.copyHooks.written(before, after);
        },
      },
    );
    return doc ? toCandidate(doc) : null;
  }

  /**
   * A renamed, reassigned or changed person leaves the caseload lists they left for the ones they
   * joined, and their referent's list holds their matches (matchLists.ts, referentList): the
   * referents' map is written first, then the person's matches are read and put in the referent's
   * list (out of the former one's), so that a match written meanwhile, which reads the map after
   * joining the person's list, lands in the new referent's list either way. Done at every edit, not
   * only a change of referent: an edit repairs what a write that stopped halfway left.
   */
  private async moveInCaseload(before: CandidateProfile, after: CandidateProfile): Promise<void> {
    await this.maps.setEach(referentFields([after]));
    await moveEntries(this.lists, caseloadEntries(before), caseloadEntries(after));
    const matches = await this.lists.all(candidateList(after.id));
    if (before.referentAdviserId && before.referentAdviserId !== after.referentAdviserId) {
      await this.lists.remove(referentList(before.organizationId, before.referentAdviserId), matches);
    }
    await this.lists.add(referentList(after.organizationId, after.referentAdviserId), matches);
  }

  async delete(organizationId: string, candidateId: string): Promise<boolean> {
    const scope = inOrganization(organizationId, candidateId);
    if (!scope) return false;
    return deleteByKey<CandidateDocument>(
      this.model,
      this.locks,
      scope._id,
      (current) => current.organizationId.equals(scope.organizationId),
      {
        deleting: this.copyHooks.deleting,
        deleted: async (deleted) => {
          await this.unlist([toCandidate(deleted)]);
          await this.importKeys.forget(toCandidate(deleted));
        },
      },
    );
  }

  /**
   * The people in their caseload lists: their structure's, their referent's, their status', sectors'
   * and consent's (caseloadLists.ts), the referents' map first: a match taken for someone seen in a
   * caseload finds their referent.
   */
  private async listInCaseload(people: readonly CandidateProfile[]): Promise<void> {
    await this.maps.setEach(referentFields(people));
    await addEntries(this.lists, people.flatMap(caseloadEntries));
  }

  private async unlist(people: readonly CandidateProfile[]): Promise<void> {
    await removeEntries(this.lists, people.flatMap(caseloadEntries));
    for (const [map, fields] of referentFields(people)) await this.maps.remove(map, Object.keys(fields));
  }

  /** Every person's caseload lists from the collection (a process start that finds them missing). */
  async rebuildCaseloadLists(): Promise<void> {
    await this.versions.forEachBatch(1_000, (people) => this.listInCaseload(people));
    await this.lists.markBuilt(caseloadListsFamily);
  }

  /** Profiles written as they are, with their lists (the bulk path of benchmarks); ids must be new. */
  async insertAll(people: readonly CandidateProfile[]): Promise<void> {
    if (people.length === 0) return;
    await this.model.insertMany(
      people.map(({ id, organizationId, referentAdviserId, ...rest }) => ({
        ...rest,
        _id: new Types.ObjectId(id),
        organizationId: new Types.ObjectId(organizationId),
        referentAdviserId: new Types.ObjectId(referentAdviserId),
        ...importKey(organizationId, rest.externalRef),
      })),
      { ordered: false },
    );
    await this.listInCaseload(people);
    await this.importKeys.remember(people);
  }

  listWrittenBetween(since: Date, until: Date, limit: number) {
    return this.versions.listWrittenBetween(since, until, limit);
  }

  forEachBatch(size: number, handle: (entities: CandidateProfile[]) => Promise<void>): Promise<void> {
    return this.versions.forEachBatch(size, handle);
  }
}
