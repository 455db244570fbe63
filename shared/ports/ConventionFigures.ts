import type { Sector } from '../domain/reference/sectors';

/** What a convention covers: its partners' figures, in its sector and territory, over a period. */
export interface ConventionScope {
  /** Partner organisations (employers and insertion structures): a figure counts when one of them is its employer or its following organisation. */
  organizationIds: readonly string[];
  /** null: every sector. */
  sector: Sector | null;
  /** null: the whole territory. */
  departmentCode: string | null;
  from: Date;
  /** Inclusive. */
  to: Date;
}

export interface ConventionActuals {
  /** People hired (outcome "employment"), each counted once per outcome recorded. */
  recruited: number;
  /** People who entered a training (qualifying or not). */
  trained: number;
  /** People with an outcome recorded: the denominator of the positive-outcome rate. */
  peopleWithOutcome: number;
  /** Outcomes classed positive (lasting or transitional employment, positive exits). */
  positiveOutcomes: number;
  /** Participants in recruitment events; null while Passerelle has no events. */
  eventParticipants: number | null;
}

/** Read from the reporting counters (kept by a worker from the domain events), never by scanning. */
export interface ConventionFigures {
  actualsFor(scope: ConventionScope): Promise<ConventionActuals>;
}
