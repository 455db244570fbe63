import { Schema, type Connection, type Types } from 'mongoose';
import { candidateStatuses, type CandidateProfile } from '../../domain/candidates/candidateProfile';
import { jobDesignationSchema, placeSchema, versionFields } from './placeSchema';

export type CandidateDocument = Omit<CandidateProfile, 'id' | 'organizationId' | 'referentAdviserId'> & {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  referentAdviserId: Types.ObjectId;
  /** `organizationId/externalRef`, absent without a reference (see offerModel for why). */
  importKey?: string;
};

const candidateSchema = new Schema<CandidateDocument>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    referentAdviserId: { type: Schema.Types.ObjectId, required: true },
    externalRef: { type: String, default: null },
    importKey: { type: String },
    contact: {
      firstName: { type: String, required: true },
      lastName: { type: String, required: true },
      email: { type: String, default: null },
      mobile: { type: String, default: null },
    },
    homeCommune: { type: placeSchema, required: true },
    desiredJobs: { type: [jobDesignationSchema], default: [] },
    desiredSectors: { type: [String], default: [] },
    acceptedContractTypes: { type: [String], default: [] },
    skills: { type: [String], default: [] },
    experiences: {
      type: [new Schema({ romeCode: String, label: String, months: Number }, { _id: false })],
      default: [],
    },
    qualificationLevel: { type: Number, default: null },
    certifications: { type: [String], default: [] },
    languages: { type: [new Schema({ code: String, level: String }, { _id: false })], default: [] },
    mobility: {
      maxDistanceKm: { type: Number, required: true },
      transportModes: { type: [String], default: [] },
      hasVehicle: { type: Boolean, required: true },
    },
    availability: {
      from: { type: Date, default: null },
      workingTime: { type: String, required: true },
      schedules: { type: [String], default: [] },
      earliestStartHour: { type: Number, default: null },
      latestEndHour: { type: Number, default: null },
    },
    workConstraints: { type: [String], default: [] },
    status: { type: String, enum: candidateStatuses, required: true },
    consent: {
      type: new Schema(
        {
          shareWithEmployers: { type: Boolean, required: true },
          recordedBy: { type: String, required: true },
          recordedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    lastProposedAt: { type: Date, default: null },
    ...versionFields,
  },
  { versionKey: false },
);

// Serves listInOrganization (optionally by status) and every scoped read, paged on _id.
candidateSchema.index({ organizationId: 1, status: 1, _id: 1 });
// Serves listInOrganization filtered by referent adviser ("my caseload").
candidateSchema.index({ organizationId: 1, referentAdviserId: 1, _id: 1 });
// Serves findByExternalRef for re-runnable imports.
candidateSchema.index({ importKey: 1 }, { unique: true, sparse: true });
// Serves listWrittenBetween (the indexing sweeper).
candidateSchema.index({ updatedAt: 1 });

export function candidateModel(connection: Connection) {
  return connection.model<CandidateDocument>('Candidate', candidateSchema, 'candidates');
}
