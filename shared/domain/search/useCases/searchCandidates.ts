import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Gazetteer } from '../../../ports/Gazetteer';
import type { Condition, SearchEngine } from '../../../ports/SearchEngine';
import { candidatesIndex, type CandidateSearchDocument } from '../../../ports/searchIndexes/candidatesIndex';
import type { Actor } from '../../accounts/session';
import type { CandidateStatus, CandidateProfile } from '../../candidates/candidateProfile';
import type { Sector } from '../../reference/sectors';
import { radiusCondition, type NearInput } from '../radius';

export interface SearchCandidatesInput {
  actor: Actor;
  text?: string | undefined;
  statuses?: CandidateStatus[] | undefined;
  sectors?: Sector[] | undefined;
  romeCodes?: string[] | undefined;
  certifications?: string[] | undefined;
  near?: NearInput | undefined;
  limit: number;
  offset: number;
}

export interface CandidateSearchResult {
  items: { candidate: CandidateProfile; score: number }[];
  total: number;
  facets: Record<string, Record<string, number>>;
}

export const candidateFacets = ['status', 'desiredSectors'];

/** The profiles of the adviser's own organisation, by desired job, skills, status, sector and place. */
export class SearchCandidates {
  constructor(
    private readonly deps: { searchEngine: SearchEngine; candidates: CandidateRepository; gazetteer: Gazetteer },
  ) {}

  async execute(input: SearchCandidatesInput): Promise<CandidateSearchResult> {
    const { organizationId } = input.actor;
    const where: Condition[] = [{ field: 'organizationId', equals: organizationId }];
    if (input.statuses?.length) where.push({ field: 'status', anyOf: input.statuses });
    if (input.sectors?.length) where.push({ field: 'desiredSectors', anyOf: input.sectors });
    if (input.romeCodes?.length) where.push({ field: 'desiredRomeCodes', anyOf: input.romeCodes });
    if (input.certifications?.length) where.push({ field: 'certifications', allOf: input.certifications });
    if (input.near) where.push((await radiusCondition(this.deps.gazetteer, input.near, 'home')).condition);

    const result = await this.deps.searchEngine.search<CandidateSearchDocument>(candidatesIndex.name, {
      ...(input.text ? { text: input.text } : {}),
      where,
      sort: [{ field: 'updatedAt', order: 'desc' }],
      facets: candidateFacets,
      limit: input.limit,
      offset: input.offset,
    });
    const profiles = new Map(
      (
        await this.deps.candidates.listInOrganizationByIds(
          organizationId,
          result.hits.map((hit) => hit.document.id),
        )
      ).map((profile) => [profile.id, profile]),
    );
    const items = result.hits.flatMap(({ document, score }) => {
      const profile = profiles.get(document.id);
      return profile ? [{ candidate: profile, score }] : [];
    });
    return { items, total: result.total, facets: result.facets };
  }
}
