import type { Actor } from '../../accounts/session';
import type { Barrier, BarrierStatus } from '../barrier';
import { type BarrierDeps, barrierNotFound } from '../barrierAccess';

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
