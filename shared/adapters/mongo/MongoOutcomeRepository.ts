import { Schema, type Connection, type Model } from 'mongoose';
import { outcomeKinds, type NewOutcome, type Outcome } from '../../domain/reporting/outcomes/outcome';
import { contractTypes } from '../../domain/reference/employmentTerms';
import type { OutcomeRepository } from '../../ports/OutcomeRepository';
import { isDuplicateKeyError } from './isDuplicateKeyError';

interface OutcomeDocument extends Omit<Outcome, 'id'> {
  _id: string;
}

const outcomeSchema = new Schema<OutcomeDocument>(
  {
    _id: { type: String, required: true },
    candidateId: { type: String, required: true },
    organizationId: { type: String, required: true },
    kind: { type: String, enum: outcomeKinds, required: true },
    date: { type: Date, required: true },
    contractType: { type: String, enum: [...contractTypes, null], default: null },
    durationMonths: { type: Number, default: null },
    subsidised: { type: Boolean, required: true },
    qualifying: { type: Boolean, default: null },
    matchId: { type: String, default: null },
    offerId: { type: String, default: null },
    employerOrganizationId: { type: String, default: null },
    sector: { type: String, default: null },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
outcomeSchema.index({ candidateId: 1, date: 1 });

const toOutcome = ({ _id, ...rest }: OutcomeDocument): Outcome => ({ ...rest, id: _id });

export class MongoOutcomeRepository implements OutcomeRepository {
  private readonly model: Model<OutcomeDocument>;

  constructor(connection: Connection) {
    this.model = connection.model<OutcomeDocument>('Outcome', outcomeSchema, 'outcomes');
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(id: string, outcome: NewOutcome, now: Date): Promise<{ outcome: Outcome; created: boolean }> {
    try {
      const created = await this.model.create({ ...outcome, _id: id, recordedAt: now });
      return { outcome: toOutcome(created.toObject()), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.model.findById(id).lean<OutcomeDocument>();
      if (!existing) throw error;
      return { outcome: toOutcome(existing), created: false };
    }
  }

  async listForCandidate(organizationId: string, candidateId: string): Promise<Outcome[]> {
    const docs = await this.model.find({ organizationId, candidateId }).sort({ date: 1 }).lean<OutcomeDocument[]>();
    return docs.map(toOutcome);
  }

  async listForCandidates(candidateIds: readonly string[]): Promise<Outcome[]> {
    if (candidateIds.length === 0) return [];
    const docs = await this.model
      .find({ candidateId: { $in: [...candidateIds] } })
      .sort({ date: 1 })
      .lean<OutcomeDocument[]>();
    return docs.map(toOutcome);
  }

  async deleteForCandidate(candidateId: string): Promise<void> {
    await this.model.deleteMany({ candidateId });
  }
}
