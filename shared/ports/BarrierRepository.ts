import type { Barrier, BarrierKind, BarrierStatus } from '../domain/candidates/barrier';

export interface NewBarrier {
  organizationId: string;
  candidateId: string;
  kind: BarrierKind;
  status: BarrierStatus;
  notes: string;
  createdBy: string;
}

/** Every method takes the owning organisation: barriers never leave it. */
export interface BarrierRepository {
  create(barrier: NewBarrier, now: Date): Promise<Barrier>;
  listForCandidate(organizationId: string, candidateId: string): Promise<Barrier[]>;
  update(
    organizationId: string,
    candidateId: string,
    barrierId: string,
    changes: { status?: BarrierStatus; notes?: string },
    now: Date,
  ): Promise<Barrier | null>;
  delete(organizationId: string, candidateId: string, barrierId: string): Promise<boolean>;
  deleteForCandidate(organizationId: string, candidateId: string): Promise<number>;
}
