import type { CandidateProfile } from '../candidateProfile';
import type { Actor } from '../../accounts/session';
import type { CandidateInput } from '../candidateContent';
import type { CandidateDeps } from '../candidateDeps';
import { resolveCandidateInput } from '../resolveCandidateInput';
import type { CreateCandidate } from './createCandidate';
import type { UpdateCandidate } from './updateCandidate';

export interface ImportCandidateInput {
  actor: Actor;
  externalRef: string;
  candidate: CandidateInput;
  shareWithEmployers?: boolean | undefined;
}

/** One row of a bulk import of profiles: created, or updated when the reference is known. */
export class ImportCandidate {
  constructor(
    private readonly deps: Pick<CandidateDeps, 'candidates' | 'romeCatalog' | 'gazetteer'>,
    private readonly useCases: { createCandidate: CreateCandidate; updateCandidate: UpdateCandidate },
  ) {}

  /** Checks a row as its write would, without writing. */
  async check(input: Pick<ImportCandidateInput, 'candidate'>): Promise<void> {
    await resolveCandidateInput(this.deps, input.candidate);
  }

  async execute(input: ImportCandidateInput): Promise<{ outcome: 'created' | 'updated'; candidate: CandidateProfile }> {
    const existing = await this.deps.candidates.findByExternalRef(input.actor.organizationId, input.externalRef);
    const candidate = existing
      ? await this.useCases.updateCandidate.execute({
          actor: input.actor,
          candidateId: existing.id,
          changes: input.candidate,
          shareWithEmployers: input.shareWithEmployers,
        })
      : await this.useCases.createCandidate.execute({
          actor: input.actor,
          candidate: input.candidate,
          shareWithEmployers: input.shareWithEmployers,
          externalRef: input.externalRef,
        });
    return { outcome: existing ? 'updated' : 'created', candidate };
  }
}
