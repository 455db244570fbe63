import type { Actor } from '../../accounts/session';
import type { CandidateDeps } from '../candidateDeps';
import { candidateNotFound } from '../candidateNotFound';
import { followStatusEvent } from '../followStatusEvent';

/**
 * Right to erasure (RGPD art. 17): the profile, its barriers, its pipeline, the messages sent to the
 * person (their text and delivery log), their outcomes and its search document go; a count
 * per organisation, month and last status stays. The index removal is recorded first, so that a
 * crash part-way still ends with the document gone (the sweeper finishes it).
 */
export class EraseCandidate {
  constructor(
    private readonly deps: Pick<
      CandidateDeps,
      | 'candidates'
      | 'barriers'
      | 'matches'
      | 'deliveries'
      | 'outcomes'
      | 'indexing'
      | 'events'
      | 'indexRemovals'
      | 'erasureStatistics'
      | 'eventInvitations'
      | 'clock'
    >,
  ) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<void> {
    const { organizationId } = input.actor;
    const profile = await this.deps.candidates.findInOrganization(organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    const now = this.deps.clock.now();
    await this.deps.indexRemovals.record('candidate', profile.id, now);
    await this.deps.barriers.deleteForCandidate(organizationId, profile.id);
    await this.deps.matches.deleteForCandidate(profile.id);
    await this.deps.deliveries.deleteForCandidate(profile.id);
    await this.deps.outcomes.deleteForCandidate(profile.id);
    await this.deps.eventInvitations.deleteForCandidate(profile.id);
    if (!(await this.deps.candidates.delete(organizationId, profile.id))) throw candidateNotFound();
    await this.deps.erasureStatistics.recordErasure({
      organizationId,
      month: now.toISOString().slice(0, 7),
      lastStatus: profile.status,
    });
    await this.deps.indexing.enqueue('candidate', profile.id, profile.version + 1);
    const followed = followStatusEvent(profile, profile.status, 'erased', now);
    if (followed) await this.deps.events.publish([followed]);
  }
}
