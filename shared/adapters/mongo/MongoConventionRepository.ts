import { Types, type Connection, type Model } from 'mongoose';
import type { PageRequest } from '../../domain/common/page';
import type { Convention, ConventionContent } from '../../domain/reporting/conventions/convention';
import type { ConventionRepository, NewConvention } from '../../ports/ConventionRepository';
import { conventionModel, type ConventionDocument } from './conventionModel';
import { afterCursor, toObjectIdOrNull } from './cursorFilter';
import { initialVersion } from './versionedWrites';
import { findScoped } from './findScoped';

function toConvention(doc: ConventionDocument): Convention {
  const { _id, territoryId, partnerIds, createdBy, period, targets, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    territoryId: territoryId.toHexString(),
    partnerIds: partnerIds.map((id) => id.toHexString()),
    createdBy: createdBy.toHexString(),
    period: { from: period.from, to: period.to },
    targets: targets.map((target) => ({ kind: target.kind, value: target.value })),
    sector: rest.sector ?? null,
    departmentCode: rest.departmentCode ?? null,
  };
}

function toStored(content: ConventionContent) {
  return { ...content, partnerIds: content.partnerIds.map((id) => new Types.ObjectId(id)) };
}

export class MongoConventionRepository implements ConventionRepository {
  private readonly model: Model<ConventionDocument>;

  constructor(connection: Connection) {
    this.model = conventionModel(connection);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(convention: NewConvention, now: Date): Promise<Convention> {
    const { territoryId, createdBy, ...content } = convention;
    const created = await this.model.create({
      ...toStored(content),
      territoryId: new Types.ObjectId(territoryId),
      createdBy: new Types.ObjectId(createdBy),
      ...initialVersion(now),
    });
    return toConvention(created.toObject());
  }

  async findInTerritory(territoryId: string, conventionId: string): Promise<Convention | null> {
    const _id = toObjectIdOrNull(conventionId);
    const territory = toObjectIdOrNull(territoryId);
    if (!_id || !territory) return null;
    const doc = await findScoped<ConventionDocument>(this.model, { _id, territoryId: territory });
    return doc ? toConvention(doc) : null;
  }

  async findForPartner(organizationId: string, conventionId: string): Promise<Convention | null> {
    const _id = toObjectIdOrNull(conventionId);
    const partner = toObjectIdOrNull(organizationId);
    if (!_id || !partner) return null;
    // Equality on an array field matches the documents where one element is equal.
    const doc = await findScoped<ConventionDocument>(this.model, { _id, partnerIds: partner });
    return doc ? toConvention(doc) : null;
  }

  listInTerritory(territoryId: string, page: PageRequest): Promise<Convention[]> {
    return this.list({ territoryId: new Types.ObjectId(territoryId) }, page);
  }

  listForPartner(organizationId: string, page: PageRequest): Promise<Convention[]> {
    return this.list({ partnerIds: new Types.ObjectId(organizationId) }, page);
  }

  async update(
    territoryId: string,
    conventionId: string,
    content: ConventionContent,
    expectedVersion: number,
    now: Date,
  ): Promise<Convention | null> {
    const _id = toObjectIdOrNull(conventionId);
    const territory = toObjectIdOrNull(territoryId);
    if (!_id || !territory) return null;
    const doc = await this.model
      .findOneAndUpdate(
        { _id, territoryId: territory, version: expectedVersion },
        { $set: { ...toStored(content), version: expectedVersion + 1, updatedAt: now } },
        { returnDocument: 'after' },
      )
      .lean<ConventionDocument>();
    return doc ? toConvention(doc) : null;
  }

  private async list(scope: Record<string, Types.ObjectId>, page: PageRequest): Promise<Convention[]> {
    const docs = await this.model
      .find({ ...scope, ...afterCursor(page.after) })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<ConventionDocument[]>();
    return docs.map(toConvention);
  }
}
