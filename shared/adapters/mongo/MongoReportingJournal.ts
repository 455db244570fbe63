import { Schema, type Connection, type Model } from 'mongoose';
import type { CounterRecord } from '../../domain/reporting/reportingMeasures';
import type { ReportingBatch, ReportingJournal } from '../../ports/ReportingCounters';

interface JournalDocument {
  /** The projection runs alone: at most one batch is ever in flight. */
  _id: 'batch';
  batchId: string;
  eventIds: string[];
  increments: CounterRecord[];
}

const journalSchema = new Schema<JournalDocument>(
  {
    _id: { type: String, required: true },
    batchId: { type: String, required: true },
    eventIds: { type: [String], required: true },
    increments: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);

/** One document: the batch being applied, read by id. */
export class MongoReportingJournal implements ReportingJournal {
  private readonly model: Model<JournalDocument>;

  constructor(connection: Connection) {
    this.model = connection.model<JournalDocument>('ReportingJournal', journalSchema, 'reportingJournal');
  }

  async unfinished(): Promise<ReportingBatch | null> {
    const document = await this.model.findById('batch').lean<JournalDocument>();
    if (!document) return null;
    return {
      id: document.batchId,
      eventIds: document.eventIds,
      increments: document.increments,
    };
  }

  async write(batch: ReportingBatch): Promise<void> {
    await this.model.replaceOne(
      { _id: 'batch' },
      {
        batchId: batch.id,
        eventIds: batch.eventIds,
        increments: batch.increments,
      },
      { upsert: true },
    );
  }

  async finish(batchId: string): Promise<void> {
    const current = await this.model.findById('batch', { batchId: 1 }).lean<Pick<JournalDocument, 'batchId'>>();
    if (current?.batchId === batchId) await this.model.deleteOne({ _id: 'batch' });
  }
}
