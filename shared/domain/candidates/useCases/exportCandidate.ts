import type { CandidateProfile } from '../candidateProfile';
import type { Actor } from '../../accounts/session';
import type { Match } from '../../pipeline/match';
import type { Barrier } from '../barrier';
import type { CandidateDeps } from '../candidateDeps';
import { candidateNotFound } from '../candidateNotFound';

export interface CandidateExport {
  exportedAt: Date;
  profile: CandidateProfile;
  barriers: Barrier[];
  /** Every offer the person was taken into the pipeline for, with its history. */
  matches: Match[];
}

/** Everything Passerelle holds on a person (RGPD art. 15 and 20), for the adviser to hand over. */
export class ExportCandidate {
  constructor(private readonly deps: Pick<CandidateDeps, 'candidates' | 'barriers' | 'matches' | 'clock'>) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<CandidateExport> {
    const { organizationId } = input.actor;
    const profile = await this.deps.candidates.findInOrganization(organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    return {
      exportedAt: this.deps.clock.now(),
      profile: profile,
      barriers: await this.deps.barriers.listForCandidate(organizationId, profile.id),
      matches: await this.deps.matches.listAll({ candidateId: profile.id }),
    };
  }
}
