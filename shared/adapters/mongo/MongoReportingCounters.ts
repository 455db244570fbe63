import { Schema, type Connection, type Model } from 'mongoose';
import type { CounterIncrement, CounterRecord } from '../../domain/reporting/reportingMeasures';
import { dayBucket } from '../../domain/reporting/reportingMeasures';
import type { ReportingCounters } from '../../ports/ReportingCounters';
import { isDuplicateKeyError } from './isDuplicateKeyError';

interface CounterDocument {
  /** dimension|month */
  _id: string;
  dimension: string;
  month: string;
  counts: Record<string, number>;
  durations: Record<string, Record<string, number>>;
  /** The last event applied: applying it again is recognised. */
  lastEventId: string;
}

const counterSchema = new Schema<CounterDocument>(
  {
    _id: { type: String, required: true },
    dimension: { type: String, required: true },
    month: { type: String, required: true },
    counts: { type: Schema.Types.Mixed, default: {} },
    durations: { type: Schema.Types.Mixed, default: {} },
    lastEventId: { type: String, required: true },
  },
  { versionKey: false, minimize: false },
);

const counterId = (dimension: string, month: string) => `${dimension}|${month}`;

/**
 * One document per dimension and month, read by id (FerretDB answers those from its primary key;
 * it scans for other filters). An increment is conditioned on the counter not having this event
 * as its last: upserting a counter that already took it fails on the id, which is the same answer.
 */
export class MongoReportingCounters implements ReportingCounters {
  private readonly model: Model<CounterDocument>;

  constructor(connection: Connection) {
    this.model = connection.model<CounterDocument>('ReportingCounter', counterSchema, 'reportingCounters');
  }

  async apply(eventId: string, increments: CounterIncrement[]): Promise<void> {
    for (const increment of increments) {
      const inc: Record<string, number> = {};
      for (const [measure, value] of Object.entries(increment.counts)) inc[`counts.${measure}`] = value;
      for (const [measure, days] of Object.entries(increment.durations)) {
        inc[`durations.${measure}.${dayBucket(days)}`] = 1;
      }
      const _id = counterId(increment.dimension, increment.month);
      try {
        await this.model.updateOne(
          { _id, lastEventId: { $ne: eventId } },
          {
            $inc: inc,
            $set: { lastEventId: eventId },
            $setOnInsert: { dimension: increment.dimension, month: increment.month },
          },
          { upsert: true },
        );
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  async read(dimensions: readonly string[], months: readonly string[]): Promise<CounterRecord[]> {
    const records: CounterRecord[] = [];
    for (const dimension of dimensions) {
      for (const month of months) {
        const doc = await this.model.findById(counterId(dimension, month)).lean<CounterDocument>();
        if (doc) records.push({ dimension, month, counts: doc.counts, durations: doc.durations });
      }
    }
    return records;
  }

  async clear(): Promise<void> {
    await this.model.deleteMany({});
  }
}
