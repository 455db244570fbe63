import { isMatchable } from '../../candidates/candidateProfile';
import type { IndexedEntity } from '../../../ports/IndexingQueue';
import { applyTransition } from '../applyTransition';
import type { PipelineDeps } from '../pipelineDeps';
import { transitionEvent } from '../pipelineEvents';
import type { ReasonCode } from '../pipelineStates';
import { openStatuses } from '../pipelineStates';

/**
 * After a write of an offer or a profile: when the offer is no longer published (closed, filled,
 * expired, deleted) or the person no longer active, consenting or even there, their open matches are cancelled
 * with the reason. Idempotent: run again, it finds nothing open.
 */
export class CancelObsoleteMatches {
  constructor(private readonly deps: PipelineDeps) {}

  async execute(input: { entity: IndexedEntity; id: string }): Promise<number> {
    const reason = await this.obsolescence(input);
    if (!reason) return 0;
    const open = await this.deps.matches.listAll({
      ...(input.entity === 'offer' ? { offerId: input.id } : { candidateId: input.id }),
      statuses: openStatuses,
    });
    let cancelled = 0;
    for (const match of open) {
      const outcome = applyTransition(
        match,
        { action: 'cancel', reason },
        { kind: 'system', userId: null, organizationId: null },
        this.deps.clock.now(),
      );
      if (outcome.kind !== 'applied') continue;
      // A concurrent write wins; the next run of this job cancels what is still open.
      if (!(await this.deps.matches.save(outcome.match, match.version))) continue;
      await this.deps.events.publish([transitionEvent(outcome.match, outcome.transition)]);
      cancelled += 1;
    }
    return cancelled;
  }

  private async obsolescence(input: { entity: IndexedEntity; id: string }): Promise<ReasonCode | null> {
    if (input.entity === 'offer') {
      const offer = await this.deps.offers.findById(input.id);
      return offer?.status === 'published' ? null : 'offer_closed';
    }
    const profile = await this.deps.candidates.findById(input.id);
    return profile && isMatchable(profile) ? null : 'profile_inactive';
  }
}
