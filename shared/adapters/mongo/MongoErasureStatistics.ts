import { Schema, type Connection, type Model } from 'mongoose';
import type { ErasureStatistics } from '../../ports/ErasureStatistics';

interface ErasureCountDocument {
  _id: string;
  organizationId: string;
  month: string;
  lastStatus: string;
  count: number;
}

const erasureCountSchema = new Schema<ErasureCountDocument>(
  {
    // `organizationId/month/lastStatus`: one counter per cell of the report.
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    month: { type: String, required: true },
    lastStatus: { type: String, required: true },
    count: { type: Number, required: true },
  },
  { versionKey: false },
);

export class MongoErasureStatistics implements ErasureStatistics {
  private readonly model: Model<ErasureCountDocument>;

  constructor(connection: Connection) {
    this.model = connection.model<ErasureCountDocument>('ErasureCount', erasureCountSchema, 'erasureCounts');
  }

  async recordErasure(entry: { organizationId: string; month: string; lastStatus: string }): Promise<void> {
    await this.model.updateOne(
      { _id: `${entry.organizationId}/${entry.month}/${entry.lastStatus}` },
      { $setOnInsert: { ...entry }, $inc: { count: 1 } },
      { upsert: true },
    );
  }
}
