import type { Actor } from '../../accounts/session';
import type { CaseloadQuery } from '../../../ports/CandidateRepository';
import type { SuggestionRepository } from '../../../ports/SuggestionRepository';
import type { CandidateDeps } from '../candidateDeps';
import type { CandidateProfile } from '../candidateProfile';
import { caseloadActivity, type CaseloadActivity } from '../caseloadActivity';

export interface CaseloadRequest {
  actor: Actor;
  /** "mine": the people the adviser is the referent of; "organization": everyone the organisation follows. */
  scope: 'mine' | 'organization';
  filter: Omit<CaseloadQuery, 'referentAdviserId' | 'amongIds'> & {
    /** Only people with at least one current suggestion. */
    hasSuggestions?: boolean;
    /** Only people with a proposal the employer has not answered yet. */
    waitingForAnswer?: boolean;
  };
  page: { limit: number; offset: number };
}

export interface CaseloadPage {
  items: (CaseloadActivity & { candidate: CandidateProfile })[];
  total: number;
}

/** An adviser's caseload: the people followed, filtered, with their suggestions and recruitments counted. */
export class ListCaseload {
  constructor(
    private readonly deps: Pick<CandidateDeps, 'candidates' | 'matches'> & { suggestions: SuggestionRepository },
  ) {}

  async execute({ actor, scope, filter, page }: CaseloadRequest): Promise<CaseloadPage> {
    const { hasSuggestions, waitingForAnswer, ...profileFilter } = filter;
    const query: CaseloadQuery = {
      ...profileFilter,
      ...(scope === 'mine' ? { referentAdviserId: actor.userId } : {}),
    };
    const amongIds = await this.pipelineFilter(actor.organizationId, query, { hasSuggestions, waitingForAnswer });
    const found = await this.deps.candidates.searchInOrganization(
      actor.organizationId,
      { ...query, ...(amongIds ? { amongIds } : {}) },
      page,
    );
    const ids = found.items.map((candidate) => candidate.id);
    const [suggestionCounts, matchStatuses] = await Promise.all([
      this.deps.suggestions.countCurrent('candidate', ids),
      this.deps.matches.statusesOf(ids),
    ]);
    return {
      total: found.total,
      items: found.items.map((candidate) => ({
        candidate,
        ...caseloadActivity(
          candidate.updatedAt,
          suggestionCounts.get(candidate.id) ?? 0,
          matchStatuses.get(candidate.id) ?? [],
        ),
      })),
    };
  }

  /** The people the suggestion and pipeline filters keep; undefined when none is asked. */
  private async pipelineFilter(
    organizationId: string,
    query: CaseloadQuery,
    wanted: { hasSuggestions?: boolean | undefined; waitingForAnswer?: boolean | undefined },
  ): Promise<string[] | undefined> {
    if (!wanted.hasSuggestions && !wanted.waitingForAnswer) return undefined;
    let ids: string[] | undefined;
    if (wanted.waitingForAnswer) {
      ids = await this.deps.matches.peopleWaitingForAnswer(organizationId);
    }
    if (wanted.hasSuggestions) {
      const candidates = ids ?? (await this.deps.candidates.idsInOrganization(organizationId, query));
      const counts = await this.deps.suggestions.countCurrent('candidate', candidates);
      ids = candidates.filter((id) => (counts.get(id) ?? 0) > 0);
    }
    return ids;
  }
}
