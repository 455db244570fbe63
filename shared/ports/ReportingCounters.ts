import type { DomainEvent } from './DomainEvents';
import type { CounterRecord } from '../domain/reporting/reportingMeasures';

/** The counters reporting reads, kept by the projection (one document per dimension, every month in it). */
export interface ReportingCounters {
  /**
   * Adds a batch's increments (summed per dimension and month: sumIncrements). When `recovering` (the
   * previous run stopped halfway through this batch), a counter that holds the batch already is
   * left as it is: each counter remembers the last batch applied to it, and the projection applies
   * its batches one at a time, in one process.
   */
  apply(batchId: string, increments: readonly CounterRecord[], options: { recovering: boolean }): Promise<void>;
  /** The counters of these dimensions and months that exist. */
  read(dimensions: readonly string[], months: readonly string[]): Promise<CounterRecord[]>;
  /** Every month of these dimensions: the figures at a date (people followed) add up all before it. */
  readAll(dimensions: readonly string[]): Promise<CounterRecord[]>;
  /** Rebuilding starts from nothing. */
  clear(): Promise<void>;
}

/**
 * The events waiting to be counted: a small queue of work beside the events' log, filled when an
 * event is published for the first time and emptied as batches are counted, so that the projection
 * never looks for its work among every event ever published.
 */
export interface ReportingInbox {
  /** Some of the waiting events (in no particular order: counting adds, order does not matter). */
  pending(limit: number): Promise<DomainEvent[]>;
  done(eventIds: readonly string[]): Promise<void>;
  /** A rebuild: emptied, then every event of the log waits again. */
  refill(): Promise<number>;
}

/** A batch written down before it is applied, so that a run that stopped halfway finishes it exactly once. */
export interface ReportingBatch {
  id: string;
  eventIds: string[];
  increments: CounterRecord[];
}

export interface ReportingJournal {
  /** The batch a previous run left unfinished, if any. */
  unfinished(): Promise<ReportingBatch | null>;
  write(batch: ReportingBatch): Promise<void>;
  finish(batchId: string): Promise<void>;
}
