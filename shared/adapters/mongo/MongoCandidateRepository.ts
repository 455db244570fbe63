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
import { appendTo } from './appendTo';
import { findScoped } from './findScoped';
import { deleteByKey, updateByKey } from './writeByKey';
import type { IdLists } from '../../ports/IdLists';
import type { RecordLocks } from '../../ports/RecordLocks';
import {
  caseloadEntries,
  caseloadListsFamily,
  caseloadMember,
  idOfMember,
  referentCaseload,
  structureCaseload,
} from './caseloadLists';

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

/** The caseload's filters as a query; null when they can keep nobody (an id that is no id). */
function caseloadFilter(organizationId: string, query: CaseloadQuery): Record<string, unknown> | null {
  const organization = toObjectIdOrNull(organizationId);
  const referent = query.referentAdviserId === undefined ? undefined : toObjectIdOrNull(query.referentAdviserId);
  if (!organization || referent === null) return null;
  const name = query.name?.trim();
  const pattern = name ? { $regex: escapeRegex(name), $options: 'i' } : undefined;
  return {
    organizationId: organization,
    ...(referent ? { referentAdviserId: referent } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.sector ? { desiredSectors: query.sector } : {}),
    ...(query.consentGiven === undefined
      ? {}
      : { 'consent.shareWithEmployers': query.consentGiven ? true : { $ne: true } }),
    ...(pattern ? { $or: [{ 'contact.firstName': pattern }, { 'contact.lastName': pattern }] } : {}),
    ...(query.amongIds ? { _id: { $in: query.amongIds.map(toObjectIdOrNull).filter((id) => id !== null) } } : {}),
  };
}

/** No filter but the referent: the pages the caseload lists serve. */
const isUnfiltered = (query: CaseloadQuery) =>
  query.status === undefined &&
  query.sector === undefined &&
  query.consentGiven === undefined &&
  !query.name?.trim() &&
  query.amongIds === undefined;

const caseloadList = (organizationId: string, referentAdviserId: string | undefined) =>
  referentAdviserId ? referentCaseload(organizationId, referentAdviserId) : structureCaseload(organizationId);

const duplicateRef = () => new ConflictError('Un profil de cette organisation porte déjà cette référence externe.');

export class MongoCandidateRepository implements CandidateRepository {
  private readonly model: Model<CandidateDocument>;
  private readonly versions: VersionTracking<CandidateDocument, CandidateProfile>;

  constructor(
    connection: Connection,
    private readonly locks: RecordLocks,
    private readonly lists: IdLists,
  ) {
    this.model = candidateModel(connection);
    this.versions = new VersionTracking(this.model, toCandidate);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
    if (!(await this.lists.isBuilt(caseloadListsFamily))) await this.rebuildCaseloadLists();
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
      return person;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw duplicateRef();
      throw error;
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

  async findByExternalRef(organizationId: string, externalRef: string): Promise<CandidateProfile | null> {
    const doc = await this.model.findOne(importKey(organizationId, externalRef)).lean<CandidateDocument>();
    return doc ? toCandidate(doc) : null;
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
    if (isUnfiltered(query)) return this.caseloadFromLists(organizationId, query.referentAdviserId, page);
    const filter = caseloadFilter(organizationId, query);
    if (!filter) return { items: [], total: 0 };
    const [docs, total] = await Promise.all([
      this.model
        .find(filter)
        .sort({ 'contact.lastName': 1, 'contact.firstName': 1, _id: 1 })
        .skip(page.offset)
        .limit(page.limit)
        .lean<CandidateDocument[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items: docs.map(toCandidate), total };
  }

  /** A page of a structure's or a referent's people, and how many they are, from the caseload lists. */
  private async caseloadFromLists(
    organizationId: string,
    referentAdviserId: string | undefined,
    page: { limit: number; offset: number },
  ): Promise<{ items: CandidateProfile[]; total: number }> {
    const list = caseloadList(organizationId, referentAdviserId);
    const [members, total] = await Promise.all([this.lists.range(list, page), this.lists.count(list)]);
    return { items: await this.listInOrganizationByIds(organizationId, members.map(idOfMember)), total };
  }

  async idsInOrganization(organizationId: string, query: CaseloadQuery): Promise<string[]> {
    if (isUnfiltered(query)) {
      return (await this.lists.all(caseloadList(organizationId, query.referentAdviserId))).map(idOfMember);
    }
    const filter = caseloadFilter(organizationId, query);
    if (!filter) return [];
    const docs = await this.model.find(filter, { _id: 1 }).lean<Pick<CandidateDocument, '_id'>[]>();
    return docs.map((doc) => doc._id.toHexString());
  }

  /**
   * By primary key, fifty at a time: an `$in` filter reads the whole collection on FerretDB's
   * SQLite backend (see findScoped.ts), where a read by `_id` reads one row.
   */
  async listInOrganizationByIds(organizationId: string, candidateIds: string[]): Promise<CandidateProfile[]> {
    const organization = toObjectIdOrNull(organizationId);
    const ids = [...new Set(candidateIds)].map(toObjectIdOrNull).filter((id) => id !== null);
    if (!organization) return [];
    const profiles: CandidateProfile[] = [];
    for (let offset = 0; offset < ids.length; offset += 50) {
      const docs = await Promise.all(
        ids
          .slice(offset, offset + 50)
          .map((_id) => findScoped<CandidateDocument>(this.model, { _id, organizationId: organization })),
      );
      for (const doc of docs) if (doc) profiles.push(toCandidate(doc));
    }
    return profiles;
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
      (before, after) => this.moveInCaseload(toCandidate(before), toCandidate(after)),
    );
    return doc ? toCandidate(doc) : null;
  }

  /** A renamed or reassigned person leaves their old places in the caseload lists for their new ones. */
  private async moveInCaseload(before: CandidateProfile, after: CandidateProfile): Promise<void> {
    if (caseloadMember(before) === caseloadMember(after) && before.referentAdviserId === after.referentAdviserId)
      return;
    await this.unlist([before]);
    await this.listInCaseload([after]);
  }

  async delete(organizationId: string, candidateId: string): Promise<boolean> {
    const scope = inOrganization(organizationId, candidateId);
    if (!scope) return false;
    return deleteByKey<CandidateDocument>(
      this.model,
      this.locks,
      scope._id,
      (current) => current.organizationId.equals(scope.organizationId),
      (deleted) => this.unlist([toCandidate(deleted)]),
    );
  }

  /** The people of an organisation, and of each referent, in the caseload's order (caseloadLists.ts). */
  private async listInCaseload(people: readonly CandidateProfile[]): Promise<void> {
    const byList = new Map<string, string[]>();
    for (const person of people) {
      for (const { list, member } of caseloadEntries(person)) appendTo(byList, list, member);
    }
    for (const [list, members] of byList) await this.lists.add(list, members);
  }

  private async unlist(people: readonly CandidateProfile[]): Promise<void> {
    for (const person of people) {
      for (const { list, member } of caseloadEntries(person)) await this.lists.remove(list, [member]);
    }
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
  }

  listWrittenBetween(since: Date, until: Date, limit: number) {
    return this.versions.listWrittenBetween(since, until, limit);
  }

  forEachBatch(size: number, handle: (entities: CandidateProfile[]) => Promise<void>): Promise<void> {
    return this.versions.forEachBatch(size, handle);
  }
}
