import type { Actor } from '../../accounts/session';
import type { Barrier, BarrierKind, BarrierStatus } from '../barrier';
import { type BarrierDeps, ensureCandidate } from '../barrierAccess';

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
