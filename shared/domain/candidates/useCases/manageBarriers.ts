import type { Actor } from '../../accounts/session';
import { NotFoundError } from '../../errors';
import type { Barrier, BarrierKind, BarrierStatus } from '../barrier';
import type { CandidateDeps } from '../candidateDeps';
import { candidateNotFound } from '../candidateView';

type BarrierDeps = Pick<CandidateDeps, 'candidates' | 'barriers' | 'clock'>;

async function ensureCandidate(deps: BarrierDeps, actor: Actor, candidateId: string): Promise<void> {
  if (!(await deps.candidates.findInOrganization(actor.organizationId, candidateId))) throw candidateNotFound();
}

const barrierNotFound = () => new NotFoundError('Frein introuvable.');

/** Records a barrier to employment (frein) of a person; only the owning organisation ever reads it. */
export class AddBarrier {
  constructor(private readonly deps: BarrierDeps) {}

  async execute(input: {
    actor: Actor;
    candidateId: string;
    barrier: { kind: BarrierKind; status: BarrierStatus; notes: string };
  }): Promise<Barrier> {
    await ensureCandidate(this.deps, input.actor, input.candidateId);
    return this.deps.barriers.create(
      {
        ...input.barrier,
        organizationId: input.actor.organizationId,
        candidateId: input.candidateId,
        createdBy: input.actor.userId,
      },
      this.deps.clock.now(),
    );
  }
}

export class ListBarriers {
  constructor(private readonly deps: BarrierDeps) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<Barrier[]> {
    await ensureCandidate(this.deps, input.actor, input.candidateId);
    return this.deps.barriers.listForCandidate(input.actor.organizationId, input.candidateId);
  }
}

export class UpdateBarrier {
  constructor(private readonly deps: BarrierDeps) {}

  async execute(input: {
    actor: Actor;
    candidateId: string;
    barrierId: string;
    changes: { status?: BarrierStatus | undefined; notes?: string | undefined };
  }): Promise<Barrier> {
    const { status, notes } = input.changes;
    const updated = await this.deps.barriers.update(
      input.actor.organizationId,
      input.candidateId,
      input.barrierId,
      { ...(status ? { status } : {}), ...(notes !== undefined ? { notes } : {}) },
      this.deps.clock.now(),
    );
    if (!updated) throw barrierNotFound();
    return updated;
  }
}

export class RemoveBarrier {
  constructor(private readonly deps: BarrierDeps) {}

  async execute(input: { actor: Actor; candidateId: string; barrierId: string }): Promise<void> {
    const removed = await this.deps.barriers.delete(input.actor.organizationId, input.candidateId, input.barrierId);
    if (!removed) throw barrierNotFound();
  }
}
