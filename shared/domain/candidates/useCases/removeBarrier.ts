import type { Actor } from '../../accounts/session';
import { type BarrierDeps, barrierNotFound } from '../barrierAccess';

export class RemoveBarrier {
  constructor(private readonly deps: BarrierDeps) {}

  async execute(input: { actor: Actor; candidateId: string; barrierId: string }): Promise<void> {
    const removed = await this.deps.barriers.delete(input.actor.organizationId, input.candidateId, input.barrierId);
    if (!removed) throw barrierNotFound();
  }
}
