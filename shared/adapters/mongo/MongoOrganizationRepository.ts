import { Types, type Connection, type Model } from 'mongoose';
import type { NewOrganization, Organization } from '../../domain/accounts/organization';
import type { OrganizationRepository } from '../../ports/OrganizationRepository';
import { afterCursor, toObjectIdOrNull } from './cursorFilter';
import { organizationModel, type OrganizationDocument } from './organizationModel';
import { findScoped } from './findScoped';

function toOrganization(doc: OrganizationDocument): Organization {
  const base = {
    id: doc._id.toHexString(),
    name: doc.name,
    territoryId: doc.territoryId.toHexString(),
    createdAt: doc.createdAt,
  };
  switch (doc.kind) {
    case 'employer':
      return { ...base, kind: 'employer', siret: doc.siret ?? '' };
    case 'insertion':
      return { ...base, kind: 'insertion', structureType: doc.structureType ?? 'other' };
    case 'territory':
      return { ...base, kind: 'territory' };
  }
}

export class MongoOrganizationRepository implements OrganizationRepository {
  private readonly model: Model<OrganizationDocument>;

  constructor(connection: Connection) {
    this.model = organizationModel(connection);
  }

  /** Creates the indexes declared on the schema (never drops any: that stays a deliberate migration). */
  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(organization: NewOrganization & { territoryId?: string }, createdAt: Date): Promise<Organization> {
    const _id = new Types.ObjectId();
    // A territory administers itself.
    const territoryId = organization.territoryId ? new Types.ObjectId(organization.territoryId) : _id;
    const created = await this.model.create({ ...organization, _id, territoryId, createdAt });
    return toOrganization(created.toObject());
  }

  async findInTerritory(territoryId: string, organizationId: string): Promise<Organization | null> {
    const _id = toObjectIdOrNull(organizationId);
    const territory = toObjectIdOrNull(territoryId);
    if (!_id || !territory) return null;
    const doc = await findScoped<OrganizationDocument>(this.model, { _id, territoryId: territory });
    return doc ? toOrganization(doc) : null;
  }

  async findById(organizationId: string): Promise<Organization | null> {
    const _id = toObjectIdOrNull(organizationId);
    if (!_id) return null;
    const doc = await this.model.findById(_id).lean<OrganizationDocument>();
    return doc ? toOrganization(doc) : null;
  }

  async listInTerritory(territoryId: string, page: { limit: number; after?: string }): Promise<Organization[]> {
    const docs = await this.model
      .find({ territoryId: new Types.ObjectId(territoryId), ...afterCursor(page.after) })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<OrganizationDocument[]>();
    return docs.map(toOrganization);
  }

  async findFirstTerritory(): Promise<Organization | null> {
    const doc = await this.model.findOne({ kind: 'territory' }).sort({ _id: 1 }).lean<OrganizationDocument>();
    return doc ? toOrganization(doc) : null;
  }
}
