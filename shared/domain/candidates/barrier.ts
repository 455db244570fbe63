/**
 * Freins périphériques à l’emploi: known only to the advisers of the owning organisation.
 * Kept apart from the profile so that no read of a profile can carry them by mistake.
 */
export const barrierKinds = [
  'housing',
  'health',
  'mobility',
  'childcare',
  'digital',
  'language',
  'administrative',
  'financial',
] as const;
export type BarrierKind = (typeof barrierKinds)[number];

export const barrierStatuses = ['identified', 'in_progress', 'resolved'] as const;
export type BarrierStatus = (typeof barrierStatuses)[number];

export interface Barrier {
  id: string;
  organizationId: string;
  candidateId: string;
  kind: BarrierKind;
  status: BarrierStatus;
  notes: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}
