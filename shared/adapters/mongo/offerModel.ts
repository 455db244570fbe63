import { Schema, type Connection, type Types } from 'mongoose';
import { offerStatuses, type Offer } from '../../domain/offers/offer';
import { contractTypes, physicalDemands, remoteModes, workSchedules } from '../../domain/reference/employmentTerms';
import { jobDesignationSchema, placeSchema, versionFields } from './placeSchema';

export type OfferDocument = Omit<Offer, 'id' | 'organizationId' | 'createdBy'> & {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  createdBy: Types.ObjectId;
  /** `organizationId/externalRef`, absent without a reference: see the unique index below. */
  importKey?: string;
};

const offerSchema = new Schema<OfferDocument>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    externalRef: { type: String, default: null },
    importKey: { type: String },
    title: { type: String, required: true },
    job: { type: jobDesignationSchema, required: true },
    description: { type: String, default: '' },
    requiredSkills: { type: [String], default: [] },
    optionalSkills: { type: [String], default: [] },
    requiredCertifications: { type: [String], default: [] },
    minQualificationLevel: { type: Number, default: null },
    minExperienceMonths: { type: Number, required: true },
    contractType: { type: String, enum: contractTypes, required: true },
    durationMonths: { type: Number, default: null },
    weeklyHours: { type: Number, required: true },
    schedules: { type: [String], enum: workSchedules, default: [] },
    dayStartHour: { type: Number, default: null },
    dayEndHour: { type: Number, default: null },
    startDate: { type: Date, default: null },
    location: { type: placeSchema, required: true },
    remoteMode: { type: String, enum: remoteModes, required: true },
    openings: { type: Number, required: true },
    trainingBeforeHiring: { type: Boolean, required: true },
    qualificationRequiredByLaw: { type: Boolean, default: false },
    physicalDemands: { type: [String], enum: physicalDemands, default: [] },
    publicTransportAccess: { type: Boolean, required: true },
    expiresAt: { type: Date, default: null },
    status: { type: String, enum: offerStatuses, required: true },
    publishedAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    ...versionFields,
  },
  { versionKey: false },
);

// Serves listInOrganization (optionally by status) and every scoped read, paged on _id.
offerSchema.index({ organizationId: 1, status: 1, _id: 1 });
// Serves findByExternalRef for re-runnable imports: one offer per reference and organisation. A single
// sparse field, because FerretDB 1.x has no partial indexes and a sparse compound index would still
// hold every offer without a reference under (organizationId, null) on MongoDB.
offerSchema.index({ importKey: 1 }, { unique: true, sparse: true });
// Serves listPublished (advisers) and listExpired (the expiry job).
offerSchema.index({ status: 1, expiresAt: 1 });
// Serves listWrittenBetween (the indexing sweeper).
offerSchema.index({ updatedAt: 1 });

export function offerModel(connection: Connection) {
  return connection.model<OfferDocument>('Offer', offerSchema, 'offers');
}
