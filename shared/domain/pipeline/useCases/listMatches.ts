import type { PageRequest, Page } from '../../common/page';
import type { Actor } from '../../accounts/session';
import type { MatchFilter } from '../../../ports/MatchRepository';
import { adviserView, employerView, type MatchView } from '../matchView';
import type { PipelineDeps } from '../pipelineDeps';
import { statusesSeenByEmployers, type MatchStatus } from '../pipelineStates';

/** Matches by offer, person and status, scoped by role and organisation. */
export class ListMatches {
  constructor(private readonly deps: Pick<PipelineDeps, 'matches' | 'candidates'>) {}

  async execute(input: {
    actor: Actor;
    offerId?: string | undefined;
    candidateId?: string | undefined;
    statuses?: MatchStatus[] | undefined;
    page: PageRequest;
  }): Promise<Page<MatchView>> {
    const { actor } = input;
    const employer = actor.role === 'employer';
    const requested = input.statuses?.length ? input.statuses : undefined;
    const filter: MatchFilter = {
      ...(employer ? { offerOrganizationId: actor.organizationId } : { candidateOrganizationId: actor.organizationId }),
      ...(input.offerId ? { offerId: input.offerId } : {}),
      ...(input.candidateId ? { candidateId: input.candidateId } : {}),
      ...(employer
        ? {
            statuses: (requested ?? statusesSeenByEmployers).filter((status) =>
              statusesSeenByEmployers.includes(status),
            ),
          }
        : requested
          ? { statuses: requested }
          : {}),
    };
    const matches = await this.deps.matches.list(filter, input.page);
    const items: MatchView[] = [];
    for (const match of matches) {
      if (!employer) {
        items.push(adviserView(match));
        continue;
      }
      const profile = await this.deps.candidates.findById(match.candidateId);
      if (profile) items.push(employerView(match, profile));
    }
    return { items, nextCursor: matches.length === input.page.limit ? (matches.at(-1)?.id ?? null) : null };
  }
}
