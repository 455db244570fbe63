import type { CandidateProfile } from '../candidateProfile';
import type { Actor } from '../../accounts/session';
import type { CandidateInput } from '../candidateContent';
import type { CandidateDeps } from '../candidateDeps';
import { followStatusEvent } from '../followStatusEvent';
import { checkReferent, resolveCandidateInput } from '../resolveCandidateInput';

export interface CreateCandidateInput {
  actor: Actor;
  candidate: CandidateInput;
  /** Recorded with who and when; without it the profile is never shown to an employer. */
  shareWithEmployers?: boolean | undefined;
  /** Another adviser of the organisation; the author by default. */
  referentAdviserId?: string | undefined;
  externalRef?: string | null | undefined;
}

/** An adviser records the profile of a person they follow. */
export class CreateCandidate {
  constructor(private readonly deps: CandidateDeps) {}

  async execute(input: CreateCandidateInput): Promise<CandidateProfile> {
    const { actor } = input;
    const referentAdviserId = input.referentAdviserId ?? actor.userId;
    if (referentAdviserId !== actor.userId) await checkReferent(this.deps, actor.organizationId, referentAdviserId);
    const content = await resolveCandidateInput(this.deps, input.candidate);
    const now = this.deps.clock.now();
    const profile = await this.deps.candidates.create(
      {
        ...content,
        organizationId: actor.organizationId,
        referentAdviserId,
        externalRef: input.externalRef ?? null,
        consent:
          input.shareWithEmployers === undefined
            ? null
            : { shareWithEmployers: input.shareWithEmployers, recordedBy: actor.userId, recordedAt: now },
      },
      now,
    );
    await this.deps.indexing.enqueue('candidate', profile.id, profile.version);
    const followed = followStatusEvent(profile, null, profile.status, now);
    if (followed) await this.deps.events.publish([followed]);
    return profile;
  }
}
