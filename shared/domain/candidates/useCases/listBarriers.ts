import type { Actor } from '../../accounts/session';
import type { Barrier } from '../barrier';
import { type BarrierDeps, ensureCandidate } from '../barrierAccess';

export class ListBarriers {
  constructor(private readonly deps: BarrierDeps) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<Barrier[]> {
    await ensureCandidate(this.deps, input.actor, input.candidateId);
    return this.deps.barriers.listForCandidate(input.actor.organizationId, input.candidateId);
  }
}
