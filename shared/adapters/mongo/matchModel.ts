import { Schema, type Connection, type Model } from 'mongoose';
import type { Match } from '../../domain/pipeline/match';
import { matchActions, matchStatuses, reasonCodes } from '../../domain/pipeline/pipelineStates';

export type MatchDocument = Omit<Match, 'id'> & {
  _id: string;
  /** `offerId:candidateId`, unique: one match per offer and person. */
  pairKey: string;
};

const interviewSchema = new Schema({ at: Date, place: String, videoUrl: String, contactName: String }, { _id: false });

const transitionSchema = new Schema(
  {
    action: { type: String, enum: matchActions, required: true },
    from: { type: String, enum: matchStatuses, required: true },
    to: { type: String, enum: matchStatuses, required: true },
    actor: { kind: String, userId: String, organizationId: String },
    at: { type: Date, required: true },
    reason: { type: String, enum: [...reasonCodes, null], default: null },
    comment: { type: String, default: null },
    shareReason: { type: Boolean, default: false },
    interview: { type: interviewSchema, default: null },
  },
  { _id: false },
);

const matchSchema = new Schema<MatchDocument>(
  {
    _id: { type: String, required: true },
    pairKey: { type: String, required: true },
    offerId: { type: String, required: true },
    candidateId: { type: String, required: true },
    offerOrganizationId: { type: String, required: true },
    candidateOrganizationId: { type: String, required: true },
    status: { type: String, enum: matchStatuses, required: true },
    assessment: { type: Schema.Types.Mixed, required: true },
    proposalComment: { type: String, default: null },
    proposedAt: { type: Date, default: null },
    sharedProfile: { type: Schema.Types.Mixed, default: null },
    interview: { type: interviewSchema, default: null },
    contactShared: { type: Boolean, default: false },
    history: { type: [transitionSchema], default: [] },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);

// One match per offer and person; the pipeline of an offer, of a person; an organisation's lists;
// the proposals the time rules look at.
matchSchema.index({ pairKey: 1 }, { unique: true });
matchSchema.index({ offerId: 1 });
matchSchema.index({ candidateId: 1 });
matchSchema.index({ offerOrganizationId: 1, _id: 1 });
matchSchema.index({ candidateOrganizationId: 1, _id: 1 });
matchSchema.index({ status: 1, proposedAt: 1 });
matchSchema.index({ updatedAt: 1 });

export function matchModel(connection: Connection): Model<MatchDocument> {
  return (
    (connection.models.Match as Model<MatchDocument> | undefined) ??
    connection.model<MatchDocument>('Match', matchSchema, 'matches')
  );
}
