import type { CandidateProfile } from '../candidateProfile';
import type { Actor } from '../../accounts/session';
import type { Barrier } from '../barrier';
import type { CandidateDeps } from '../candidateDeps';
import { candidateNotFound } from '../candidateNotFound';

export interface CandidateExport {
  exportedAt: Date;
  profile: CandidateProfile;
  barriers: Barrier[];
}

/** Everything Passerelle holds on a person (RGPD art. 15 and 20), for the adviser to hand over. */
export class ExportCandidate {
  constructor(private readonly deps: Pick<CandidateDeps, 'candidates' | 'barriers' | 'clock'>) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<CandidateExport> {
    const { organizationId } = input.actor;
    const profile = await this.deps.candidates.findInOrganization(organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    return {
      exportedAt: this.deps.clock.now(),
      profile: profile,
      barriers: await this.deps.barriers.listForCandidate(organizationId, profile.id),
    };
  }
}
