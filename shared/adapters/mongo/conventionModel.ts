import { Schema, type Connection, type Types } from 'mongoose';
import { sectors } from '../../domain/reference/sectors';
import { conventionTargetKinds, type Convention } from '../../domain/reporting/conventions/convention';
import { versionFields } from './placeSchema';

export type ConventionDocument = Omit<Convention, 'id' | 'territoryId' | 'partnerIds' | 'createdBy'> & {
  _id: Types.ObjectId;
  territoryId: Types.ObjectId;
  partnerIds: Types.ObjectId[];
  createdBy: Types.ObjectId;
};

const periodSchema = new Schema(
  { from: { type: Date, required: true }, to: { type: Date, required: true } },
  { _id: false },
);

const targetSchema = new Schema(
  { kind: { type: String, enum: conventionTargetKinds, required: true }, value: { type: Number, required: true } },
  { _id: false },
);

const conventionSchema = new Schema<ConventionDocument>(
  {
    territoryId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    partnerIds: { type: [Schema.Types.ObjectId], default: [] },
    sector: { type: String, enum: sectors, default: null },
    departmentCode: { type: String, default: null },
    period: { type: periodSchema, required: true },
    targets: { type: [targetSchema], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    ...versionFields,
  },
  { versionKey: false },
);

// Serves listInTerritory and findInTerritory (administrators), paged on _id.
conventionSchema.index({ territoryId: 1, _id: 1 });
// Serves listForPartner and findForPartner (advisers and employers): one key per partner, paged on _id.
conventionSchema.index({ partnerIds: 1, _id: 1 });

export function conventionModel(connection: Connection) {
  return connection.model<ConventionDocument>('Convention', conventionSchema, 'conventions');
}
