import type { PageRequest, Page } from '../../common/page';
import type { Actor } from '../../accounts/session';
import type { MatchFilter } from '../../../ports/MatchRepository';
import { employerViewsOf } from '../employerViewsOf';
import { adviserView, type MatchView } from '../matchView';
import type { PipelineDeps } from '../pipelineDeps';
import type { MatchStatus } from '../pipelineStates';

/** Matches by offer, person and status, scoped by role and organisation. */
export class ListMatches {
  constructor(private readonly deps: Pick<PipelineDeps, 'matches' | 'candidates'>) {}

  async execute(input: {
    actor: Actor;
    offerId?: string | undefined;
    candidateId?: string | undefined;
    /** Advisers: the matches of the people this colleague (or themselves) is the referent of. */
    referentAdviserId?: string | undefined;
    statuses?: MatchStatus[] | undefined;
    page: PageRequest;
  }): Promise<Page<MatchView>> {
    const { actor } = input;
    const employer = actor.role === 'employer';
    const filter: MatchFilter = {
      // An employer's query asks the store for proposals only (the rule of matchVisibility.ts), so
      // that pages stay full; employerViewsOf applies the same rule again to each match.
      ...(employer
        ? { offerOrganizationId: actor.organizationId, proposedOnly: true }
        : { candidateOrganizationId: actor.organizationId }),
      ...(input.offerId ? { offerId: input.offerId } : {}),
      ...(input.candidateId ? { candidateId: input.candidateId } : {}),
      ...(input.statuses?.length ? { statuses: input.statuses } : {}),
      // With a person asked too, the two filters meet.
      ...(input.referentAdviserId && !employer ? { referentAdviserId: input.referentAdviserId } : {}),
    };
    const matches = await this.deps.matches.list(filter, input.page);
    const items = employer ? await employerViewsOf(matches, this.deps.candidates) : matches.map(adviserView);
    return { items, nextCursor: matches.length === input.page.limit ? (matches.at(-1)?.id ?? null) : null };
  }
}
