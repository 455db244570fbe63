import type { CandidateProfile } from '../candidateProfile';
import type { Actor } from '../../accounts/session';
import { toPage, type Page, type PageRequest } from '../../common/page';
import type { CandidateFilter } from '../../../ports/CandidateRepository';
import type { CandidateDeps } from '../candidateDeps';

/** The profiles of the adviser's organisation, optionally by status or referent ("my caseload"). */
export class ListCandidates {
  constructor(private readonly deps: Pick<CandidateDeps, 'candidates'>) {}

  async execute(input: { actor: Actor; filter: CandidateFilter; page: PageRequest }): Promise<Page<CandidateProfile>> {
    const profiles = await this.deps.candidates.listInOrganization(input.actor.organizationId, input.filter, {
      ...input.page,
      limit: input.page.limit + 1,
    });
    return toPage(profiles, input.page.limit);
  }
}
