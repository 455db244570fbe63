import { Schema, type Connection, type Model } from 'mongoose';
import type { CounterRecord } from '../../domain/reporting/reportingMeasures';
import type { ReportingCounters } from '../../ports/ReportingCounters';

type MonthFigures = Pick<CounterRecord, 'counts' | 'durations'>;

interface CounterDocument {
  /** The dimension ('territory:<id>', 'org:<id>|sector:<code>'…). */
  _id: string;
  /** YYYY-MM → that month's counts and duration histograms. */
  months: Record<string, MonthFigures>;
  /** The last batch applied: applying it again after a crash is recognised. */
  lastBatchId: string;
}

const counterSchema = new Schema<CounterDocument>(
  {
    _id: { type: String, required: true },
    months: { type: Schema.Types.Mixed, default: {} },
    lastBatchId: { type: String, required: true },
  },
  { versionKey: false, minimize: false },
);

/**
 * One document per dimension holding every month, read and written by id only (FerretDB answers
 * those from its primary key and scans for any other filter): a batch of events costs one write
 * per dimension it touches, and a dashboard one read per dimension it shows.
 */
export class MongoReportingCounters implements ReportingCounters {
  private readonly model: Model<CounterDocument>;

  constructor(connection: Connection) {
    this.model = connection.model<CounterDocument>('ReportingCounter', counterSchema, 'reportingCounters');
  }

  async apply(batchId: string, increments: readonly CounterRecord[], options: { recovering: boolean }): Promise<void> {
    const byDimension = new Map<string, Record<string, number>>();
    for (const record of increments) {
      const inc = byDimension.get(record.dimension) ?? {};
      const prefix = `months.${record.month}`;
      for (const [measure, value] of Object.entries(record.counts)) {
        if (value) inc[`${prefix}.counts.${measure}`] = (inc[`${prefix}.counts.${measure}`] ?? 0) + value;
      }
      for (const [measure, histogram] of Object.entries(record.durations)) {
        for (const [bucket, count] of Object.entries(histogram)) {
          const path = `${prefix}.durations.${measure}.${bucket}`;
          inc[path] = (inc[path] ?? 0) + count;
        }
      }
      byDimension.set(record.dimension, inc);
    }
    for (const [_id, inc] of byDimension) {
      if (options.recovering) {
        const current = await this.model.findById(_id, { lastBatchId: 1 }).lean<Pick<CounterDocument, 'lastBatchId'>>();
        if (current?.lastBatchId === batchId) continue;
      }
      await this.model.updateOne({ _id }, { $inc: inc, $set: { lastBatchId: batchId } }, { upsert: true });
    }
  }

  async read(dimensions: readonly string[], months: readonly string[]): Promise<CounterRecord[]> {
    const wanted = new Set(months);
    return (await this.readAll(dimensions)).filter((record) => wanted.has(record.month));
  }

  async readAll(dimensions: readonly string[]): Promise<CounterRecord[]> {
    const records: CounterRecord[] = [];
    for (const dimension of new Set(dimensions)) {
      const document = await this.model.findById(dimension, { months: 1 }).lean<Pick<CounterDocument, 'months'>>();
      for (const [month, figures] of Object.entries(document?.months ?? {})) {
        records.push({ dimension, month, counts: figures.counts ?? {}, durations: figures.durations ?? {} });
      }
    }
    return records.sort((a, b) => a.month.localeCompare(b.month));
  }

  async clear(): Promise<void> {
    await this.model.deleteMany({});
  }
}
