import { Schema, type Connection, type Types } from 'mongoose';
import { barrierKinds, barrierStatuses, type Barrier } from '../../domain/candidates/barrier';

export type BarrierDocument = Omit<Barrier, 'id' | 'organizationId' | 'candidateId' | 'createdBy'> & {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  candidateId: Types.ObjectId;
  createdBy: Types.ObjectId;
};

const barrierSchema = new Schema<BarrierDocument>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    candidateId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: barrierKinds, required: true },
    status: { type: String, enum: barrierStatuses, required: true },
    notes: { type: String, default: '' },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

// Serves every query: barriers are always read, changed and erased per organisation and person.
barrierSchema.index({ organizationId: 1, candidateId: 1, _id: 1 });

export function barrierModel(connection: Connection) {
  return connection.model<BarrierDocument>('Barrier', barrierSchema, 'candidateBarriers');
}
