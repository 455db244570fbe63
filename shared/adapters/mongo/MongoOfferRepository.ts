import { Types, type Connection, type Model } from 'mongoose';
import { ConflictError } from '../../domain/errors';
import type { Offer, OfferStatus } from '../../domain/offers/offer';
import type { NewOffer, OfferChanges, OfferRepository } from '../../ports/OfferRepository';
import { checkedCursor, inOrganization, toObjectIdOrNull } from './cursorFilter';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { offerModel, type OfferDocument } from './offerModel';
import { bumpVersion, importKey, initialVersion, VersionTracking } from './versionedWrites';
import { findScoped } from './findScoped';
import type { RecordCopies } from '../../ports/RecordCopies';
import { copyHooks, findEachThroughCopies, versionedFamily, type CopyFamily } from './copiedReads';
import { addEntries, moveEntries, removeEntries } from './listEntries';
import {
  endMember,
  endingAtOrBefore,
  idOfEndMember,
  offerEntries,
  offerListsFamily,
  organizationOffers,
  organizationOffersIn,
  publishedOffers,
  publishedOffersByEnd,
} from './offerLists';
import type { IdLists } from '../../ports/IdLists';
import { deleteByKey, updateByKey } from './writeByKey';
import type { RecordLocks } from '../../ports/RecordLocks';
import type { FieldMaps } from '../../ports/FieldMaps';
import { ImportKeys } from './importKeys';

function toOffer(doc: OfferDocument): Offer {
  const { _id, organizationId, createdBy, importKey: _key, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    organizationId: organizationId.toHexString(),
    createdBy: createdBy.toHexString(),
    // Offers written before the field existed: the diploma was never a legal requirement.
    qualificationRequiredByLaw: rest.qualificationRequiredByLaw ?? false,
  };
}

const duplicateRef = () => new ConflictError('Une offre de cette organisation porte déjà cette référence externe.');

export class MongoOfferRepository implements OfferRepository {
  private readonly model: Model<OfferDocument>;
  private readonly importKeys: ImportKeys;
  private readonly versions: VersionTracking<OfferDocument, Offer>;
  /** The offers' copies beside the database (RecordCopies), read by the lists of offers and an offer's page. */
  private readonly copies: CopyFamily<OfferDocument>;
  private readonly copyHooks: ReturnType<typeof copyHooks<OfferDocument>>;

  constructor(
    connection: Connection,
    private readonly locks: RecordLocks,
    private readonly lists: IdLists,
    maps: FieldMaps,
    copies: RecordCopies,
  ) {
    this.importKeys = new ImportKeys(maps, 'offer');
    this.model = offerModel(connection);
    this.versions = new VersionTracking(this.model, toOffer);
    this.copies = versionedFamily(copies, 'offer');
    this.copyHooks = copyHooks(this.copies);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
    if (!(await this.lists.isBuilt(offerListsFamily))) await this.rebuildLists();
    await this.importKeys.rebuildIfMissing((handle) => this.versions.forEachBatch(1_000, handle));
  }

  /** Every offer's lists from the collection (a process start that finds them missing). */
  async rebuildLists(): Promise<void> {
    await this.versions.forEachBatch(1_000, (offers) => addEntries(this.lists, offers.flatMap(offerEntries)));
    await this.lists.markBuilt(offerListsFamily);
  }

  /** Offers written as they are, with their lists (the bulk path of benchmarks); ids must be new. */
  async insertAll(offers: readonly Offer[]): Promise<void> {
    if (offers.length === 0) return;
    await this.model.insertMany(
      offers.map(({ id, organizationId, createdBy, ...rest }) => ({
        ...rest,
        _id: new Types.ObjectId(id),
        organizationId: new Types.ObjectId(organizationId),
        createdBy: new Types.ObjectId(createdBy),
        ...importKey(organizationId, rest.externalRef),
      })),
      { ordered: false },
    );
    await addEntries(this.lists, offers.flatMap(offerEntries));
    await this.importKeys.remember(offers);
  }

  async create(offer: NewOffer, now: Date): Promise<Offer> {
    try {
      const created = await this.model.create({
        ...offer,
        organizationId: new Types.ObjectId(offer.organizationId),
        createdBy: new Types.ObjectId(offer.createdBy),
        ...importKey(offer.organizationId, offer.externalRef),
        status: 'draft',
        publishedAt: null,
        closedAt: null,
        ...initialVersion(now),
      });
      const stored = toOffer(created.toObject());
      await addEntries(this.lists, offerEntries(stored));
      await this.importKeys.remember([stored]);
      return stored;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.importKeys.rememberExisting(this.model, offer.organizationId, offer.externalRef, toOffer);
      throw duplicateRef();
    }
  }

  async findById(id: string): Promise<Offer | null> {
    const _id = toObjectIdOrNull(id);
    const doc = _id && (await this.model.findById(_id).lean<OfferDocument>());
    return doc ? toOffer(doc) : null;
  }

  async findInOrganization(organizationId: string, offerId: string): Promise<Offer | null> {
    const scope = inOrganization(organizationId, offerId);
    const doc = scope && (await findScoped<OfferDocument>(this.model, scope));
    return doc ? toOffer(doc) : null;
  }

  /** From the offer's copy when there is one (its page), the scope checked on it. */
  async findInOrganizationToShow(organizationId: string, offerId: string): Promise<Offer | null> {
    const scope = inOrganization(organizationId, offerId);
    if (!scope) return null;
    const { _id, ...rest } = scope;
    const [doc] = await findEachThroughCopies(this.model, this.copies, [_id], rest);
    return doc ? toOffer(doc) : null;
  }

  /** From the import keys (importKeys.ts), then by key, the reference checked on the document. */
  async findByExternalRef(organizationId: string, externalRef: string): Promise<Offer | null> {
    const id = await this.importKeys.idOf(organizationId, externalRef);
    const doc = id && (await this.model.findById(id).lean<OfferDocument>());
    return doc && doc.importKey === importKey(organizationId, externalRef).importKey ? toOffer(doc) : null;
  }

  async findPublished(offerId: string): Promise<Offer | null> {
    const _id = toObjectIdOrNull(offerId);
    const doc = _id && (await findScoped<OfferDocument>(this.model, { _id, status: 'published' }));
    return doc ? toOffer(doc) : null;
  }

  async findPublishedToShow(offerId: string): Promise<Offer | null> {
    const _id = toObjectIdOrNull(offerId);
    const [doc] = _id ? await findEachThroughCopies(this.model, this.copies, [_id], { status: 'published' }) : [];
    return doc ? toOffer(doc) : null;
  }

  async listInOrganization(
    organizationId: string,
    filter: { status?: OfferStatus },
    page: { limit: number; after?: string },
  ): Promise<Offer[]> {
    const organization = toObjectIdOrNull(organizationId);
    if (!organization) return [];
    const list = filter.status
      ? organizationOffersIn(organizationId, filter.status)
      : organizationOffers(organizationId);
    const ids = await this.lists.oldest(list, { ...page, after: checkedCursor(page.after) });
    const docs = await findEachThroughCopies(this.model, this.copies, ids, {
      organizationId: organization,
      ...(filter.status ? { status: filter.status } : {}),
    });
    return docs.map(toOffer);
  }

  async listPublished(page: { limit: number; after?: string }): Promise<Offer[]> {
    const ids = await this.lists.oldest(publishedOffers, { ...page, after: checkedCursor(page.after) });
    return (await findEachThroughCopies(this.model, this.copies, ids, { status: 'published' })).map(toOffer);
  }

  async listPublishedByIds(offerIds: string[]): Promise<Offer[]> {
    const ids = [...new Set(offerIds)].map(toObjectIdOrNull).filter((id) => id !== null);
    return (await findEachThroughCopies(this.model, this.copies, ids, { status: 'published' })).map(toOffer);
  }

  async update(
    organizationId: string,
    offerId: string,
    changes: OfferChanges,
    fromStatuses: readonly OfferStatus[],
    now: Date,
  ): Promise<Offer | null> {
    const scope = inOrganization(organizationId, offerId);
    if (!scope) return null;
    const bump = bumpVersion(now);
    try {
      const doc = await updateByKey<OfferDocument>(
        this.model,
        this.locks,
        scope._id,
        (current) => current.organizationId.equals(scope.organizationId) && fromStatuses.includes(current.status),
        { $inc: bump.$inc, $set: { ...changes, ...bump.$set } },
        {
          writing: this.copyHooks.writing,
          written: async (before, after) => {
            await moveEntries(this.lists, offerEntries(toOffer(before)), offerEntries(toOffer(after)));
            await this.copyHooks.written(before, after);
          },
        },
      );
      return doc ? toOffer(doc) : null;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw duplicateRef();
      throw error;
    }
  }

  async delete(organizationId: string, offerId: string, fromStatuses: readonly OfferStatus[]): Promise<boolean> {
    const scope = inOrganization(organizationId, offerId);
    if (!scope) return false;
    return deleteByKey<OfferDocument>(
      this.model,
      this.locks,
      scope._id,
      (current) => current.organizationId.equals(scope.organizationId) && fromStatuses.includes(current.status),
      {
        deleting: this.copyHooks.deleting,
        deleted: async (deleted) => {
          await removeEntries(this.lists, offerEntries(toOffer(deleted)));
          await this.importKeys.forget(toOffer(deleted));
        },
      },
    );
  }

  async listPublishedEndingBefore(date: Date): Promise<Offer[]> {
    return this.publishedEndingBy(date, Number.MAX_SAFE_INTEGER);
  }

  async listExpired(now: Date, limit: number): Promise<Offer[]> {
    return this.publishedEndingBy(now, limit);
  }

  /** Published offers ending at `date` or before, the soonest first, from the by-end list. */
  private async publishedEndingBy(date: Date, limit: number): Promise<Offer[]> {
    const members = await this.lists.between(publishedOffersByEnd, { before: endingAtOrBefore(date) }, limit);
    const offers = (
      await findEachThroughCopies(this.model, this.copies, members.map(idOfEndMember), { status: 'published' })
    ).map(toOffer);
    // A member its offer no longer stands for (a write that stopped between the offer and its lists)
    // leaves the list here, so that it cannot hold the jobs' batches back; the offer's own date rules.
    const current = new Set(offers.flatMap((offer) => (offer.expiresAt ? [endMember(offer.expiresAt, offer.id)] : [])));
    await this.lists.remove(
      publishedOffersByEnd,
      members.filter((member) => !current.has(member)),
    );
    return offers.filter((offer) => offer.expiresAt !== null && offer.expiresAt <= date);
  }

  listWrittenBetween(since: Date, until: Date, limit: number) {
    return this.versions.listWrittenBetween(since, until, limit);
  }

  forEachBatch(size: number, handle: (entities: Offer[]) => Promise<void>): Promise<void> {
    return this.versions.forEachBatch(size, handle);
  }
}
