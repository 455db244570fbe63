import type { DomainEvent } from './DomainEvents';
import type { CounterIncrement, CounterRecord } from '../domain/reporting/reportingMeasures';

/** The counters reporting reads, kept by the projection. */
export interface ReportingCounters {
  /**
   * Adds an event's increments. Applying the same event again right after (a retry after a crash
   * halfway) adds nothing to the counters it had reached: each counter remembers the last event
   * applied to it, and the projection applies events one at a time, in one process.
   */
  apply(eventId: string, increments: CounterIncrement[]): Promise<void>;
  /** The counters of these dimensions and months that exist (by id: each a direct read). */
  read(dimensions: readonly string[], months: readonly string[]): Promise<CounterRecord[]>;
  /** Rebuilding starts from nothing. */
  clear(): Promise<void>;
}

/** The read side of the events outbox, for the reporting projection (apart from the notifications'). */
export interface ReportingEventSource {
  /** Events the projection has not counted yet, oldest first. */
  unprojected(limit: number): Promise<DomainEvent[]>;
  markProjected(eventId: string, at: Date): Promise<void>;
  /** Every event becomes uncounted again (a rebuild). */
  resetProjection(): Promise<void>;
}
