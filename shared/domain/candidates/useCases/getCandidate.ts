import type { CandidateProfile } from '../candidateProfile';
import type { Actor } from '../../accounts/session';
import type { CandidateDeps } from '../candidateDeps';
import { candidateNotFound } from '../candidateNotFound';

export class GetCandidate {
  constructor(private readonly deps: Pick<CandidateDeps, 'candidates'>) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<CandidateProfile> {
    const profile = await this.deps.candidates.findInOrganization(input.actor.organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    return profile;
  }
}
