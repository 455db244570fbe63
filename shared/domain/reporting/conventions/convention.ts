import type { Sector } from '../../reference/sectors';

export const conventionTargetKinds = [
  'recruited',
  'trained',
  'recruited_or_trained',
  'positive_outcome_rate',
  'event_participants',
] as const;
export type ConventionTargetKind = (typeof conventionTargetKinds)[number];

/** Targets counted in people or participants over the period; the other kind is a rate. */
export const countTargetKinds = ['recruited', 'trained', 'recruited_or_trained', 'event_participants'] as const;
export type CountTargetKind = (typeof countTargetKinds)[number];

export const conventionTargetLabels: Record<ConventionTargetKind, string> = {
  recruited: 'Personnes recrutées',
  trained: 'Entrées en formation',
  recruited_or_trained: 'Personnes recrutées ou formées',
  positive_outcome_rate: 'Taux de sorties positives',
  event_participants: 'Participants aux événements de recrutement',
};

/** A count to reach over the whole period, or a share in ]0, 1] for the positive-outcome rate. */
export interface ConventionTarget {
  kind: ConventionTargetKind;
  value: number;
}

/** Whole days in UTC: the period runs from `from` 00:00 to the end of `to` (inclusive). */
export interface ConventionPeriod {
  from: Date;
  to: Date;
}

/** What a territory administrator writes. */
export interface ConventionContent {
  name: string;
  /** Employers and insertion structures of the territory whose figures the convention counts. */
  partnerIds: string[];
  /** null: every sector. */
  sector: Sector | null;
  /** null: the whole territory. */
  departmentCode: string | null;
  period: ConventionPeriod;
  /** One target per kind at most, at least one. */
  targets: ConventionTarget[];
}

export interface Convention extends ConventionContent {
  id: string;
  /** The territory organisation that signed it and administers it. */
  territoryId: string;
  /** Bumped by every write: an update applies only to the version it was computed from. */
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export function isCountTarget(kind: ConventionTargetKind): kind is CountTargetKind {
  return (countTargetKinds as readonly string[]).includes(kind);
}
