import { Schema, type Connection } from 'mongoose';
import { indexedEntities } from '../../ports/IndexingQueue';
import type { Suggestion, SuggestionList } from '../../domain/matching/suggestion';

/**
 * `_id` is `entity:id` (`offer:id|organisationId` for a slice: suggestionListSlices.ts): a list is
 * read and replaced by its key only (FerretDB answers those from an index).
 */
export type SuggestionListDocument = Omit<SuggestionList, 'subject'> & {
  _id: string;
  subject: SuggestionList['subject'];
  /** Grows at every save (what orders the list's copies); absent from lists saved before it. */
  revision?: number;
  /** An offer's head: the organisations whose slice holds their people's suggestions (suggestionListSlices.ts). */
  slices?: string[];
  /** An offer's head: the organisations whose slice is to be deleted (a save that stopped may have left it). */
  leaving?: string[];
  /** A slice: the organisation whose people's suggestions it holds. */
  slice?: string;
};

const criterionSchema = new Schema(
  {
    criterion: { type: String, required: true },
    weight: { type: Number, required: true },
    value: { type: Number, required: true },
    points: { type: Number, required: true },
    explanation: { type: String, required: true },
  },
  { _id: false },
);

const suggestionSchema = new Schema<Suggestion>(
  {
    offerId: { type: String, required: true },
    candidateId: { type: String, required: true },
    offerOrganizationId: { type: String, required: true },
    candidateOrganizationId: { type: String, required: true },
    score: { type: Number, required: true },
    breakdown: { type: [criterionSchema], required: true },
    explanation: { met: [String], missing: [String] },
    offerVersion: { type: Number, required: true },
    profileVersion: { type: Number, required: true },
    computedAt: { type: Date, required: true },
    stale: { type: new Schema({ reason: String, since: Date }, { _id: false }), default: null },
  },
  { _id: false },
);

const suggestionListSchema = new Schema<SuggestionListDocument>(
  {
    _id: { type: String, required: true },
    subject: {
      entity: { type: String, enum: indexedEntities, required: true },
      id: { type: String, required: true },
      version: { type: Number, required: true },
    },
    suggestions: { type: [suggestionSchema], required: true },
    computedAt: { type: Date, required: true },
    durationMs: { type: Number, required: true },
    retrieved: { type: Number, required: true },
    eligible: { type: Number, required: true },
    poolCut: { type: Boolean, default: false },
    byOrganization: { type: Schema.Types.Mixed, default: {} },
    revision: { type: Number },
    slices: { type: [String], default: undefined },
    leaving: { type: [String], default: undefined },
    slice: { type: String },
  },
  { versionKey: false },
);

export function suggestionListModel(connection: Connection) {
  return connection.model<SuggestionListDocument>('SuggestionList', suggestionListSchema, 'suggestionLists');
}
