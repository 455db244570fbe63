import { Schema, type Connection, type Types } from 'mongoose';
import { insertionStructureTypes, organizationKinds } from '../../domain/accounts/organization';

export interface OrganizationDocument {
  _id: Types.ObjectId;
  kind: (typeof organizationKinds)[number];
  name: string;
  territoryId: Types.ObjectId;
  siret?: string;
  structureType?: (typeof insertionStructureTypes)[number];
  createdAt: Date;
}

const organizationSchema = new Schema<OrganizationDocument>(
  {
    kind: { type: String, enum: organizationKinds, required: true },
    name: { type: String, required: true },
    territoryId: { type: Schema.Types.ObjectId, required: true },
    siret: { type: String },
    structureType: { type: String, enum: insertionStructureTypes },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

// Serves listInTerritory and findInTerritory: every admin query is scoped to a territory, paged on _id.
organizationSchema.index({ territoryId: 1, _id: 1 });
// Serves findFirstTerritory at start-up.
organizationSchema.index({ kind: 1, _id: 1 });

export function organizationModel(connection: Connection) {
  return connection.model<OrganizationDocument>('Organization', organizationSchema, 'organizations');
}
