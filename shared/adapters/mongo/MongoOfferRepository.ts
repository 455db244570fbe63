import { Types, type Connection, type Model } from 'mongoose';
import { ConflictError } from '../../domain/errors';
import type { Offer, OfferStatus } from '../../domain/offers/offer';
import type { NewOffer, OfferChanges, OfferRepository } from '../../ports/OfferRepository';
import { afterCursor, inOrganization, toObjectIdOrNull } from './cursorFilter';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { offerModel, type OfferDocument } from './offerModel';
import { bumpVersion, importKey, initialVersion, VersionTracking } from './versionedWrites';
import { findScoped } from './findScoped';
import { deleteByKey, updateByKey } from './writeByKey';
import type { RecordLocks } from '../../ports/RecordLocks';

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
  private readonly versions: VersionTracking<OfferDocument, Offer>;

  constructor(
    connection: Connection,
    private readonly locks: RecordLocks,
  ) {
    this.model = offerModel(connection);
    this.versions = new VersionTracking(this.model, toOffer);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
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
      return toOffer(created.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) throw duplicateRef();
      throw error;
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

  async findByExternalRef(organizationId: string, externalRef: string): Promise<Offer | null> {
    const doc = await this.model.findOne(importKey(organizationId, externalRef)).lean<OfferDocument>();
    return doc ? toOffer(doc) : null;
  }

  async findPublished(offerId: string): Promise<Offer | null> {
    const _id = toObjectIdOrNull(offerId);
    const doc = _id && (await findScoped<OfferDocument>(this.model, { _id, status: 'published' }));
    return doc ? toOffer(doc) : null;
  }

  async listInOrganization(
    organizationId: string,
    filter: { status?: OfferStatus },
    page: { limit: number; after?: string },
  ): Promise<Offer[]> {
    const docs = await this.model
      .find({
        organizationId: new Types.ObjectId(organizationId),
        ...(filter.status ? { status: filter.status } : {}),
        ...afterCursor(page.after),
      })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<OfferDocument[]>();
    return docs.map(toOffer);
  }

  async listPublished(page: { limit: number; after?: string }): Promise<Offer[]> {
    const docs = await this.model
      .find({ status: 'published', ...afterCursor(page.after) })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<OfferDocument[]>();
    return docs.map(toOffer);
  }

  async listPublishedByIds(offerIds: string[]): Promise<Offer[]> {
    const ids = offerIds.map(toObjectIdOrNull).filter((id) => id !== null);
    const docs = await this.model.find({ _id: { $in: ids }, status: 'published' }).lean<OfferDocument[]>();
    return docs.map(toOffer);
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
    );
  }

  async listPublishedEndingBefore(date: Date): Promise<Offer[]> {
    const documents = await this.model.find({ status: 'published', expiresAt: { $lte: date } }).lean<OfferDocument[]>();
    return documents.map(toOffer);
  }

  async listExpired(now: Date, limit: number): Promise<Offer[]> {
    const docs = await this.model
      .find({ status: 'published', expiresAt: { $lte: now } })
      .sort({ expiresAt: 1 })
      .limit(limit)
      .lean<OfferDocument[]>();
    return docs.map(toOffer);
  }

  listWrittenBetween(since: Date, until: Date, limit: number) {
    return this.versions.listWrittenBetween(since, until, limit);
  }

  forEachBatch(size: number, handle: (entities: Offer[]) => Promise<void>): Promise<void> {
    return this.versions.forEachBatch(size, handle);
  }
}
