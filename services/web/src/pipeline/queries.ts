import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { adviserViews, asAdviserMatch, type AdviserMatch } from './adviserMatch';

export type Transition = components['schemas']['MatchTransition'];
export type Candidate = components['schemas']['Candidate'];

const keys = {
  board: (filter: MatchFilter) =>
    ['matches', 'adviser', 'board', filter.offerId ?? '', filter.candidateId ?? '', filter.adviserId ?? ''] as const,
  of: (filter: MatchFilter) => ['matches', 'adviser', 'of', filter.offerId ?? '', filter.candidateId ?? ''] as const,
  match: (id: string) => ['matches', id] as const,
  candidate: (id: string) => ['candidates', id] as const,
};

export interface MatchFilter {
  offerId?: string | undefined;
  candidateId?: string | undefined;
  /** The people this adviser is the referent of. */
  adviserId?: string | undefined;
}

const query = (filter: MatchFilter) => ({
  ...(filter.offerId ? { offerId: filter.offerId } : {}),
  ...(filter.candidateId ? { candidateId: filter.candidateId } : {}),
  ...(filter.adviserId ? { referentAdviserId: filter.adviserId } : {}),
});

/** The board's matches, 100 a page, the next pages on demand (nextCursor). */
export function useBoardMatches(filter: MatchFilter) {
  return useInfiniteQuery({
    queryKey: keys.board(filter),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const page = await unwrap(
        api.GET('/api/v1/matches', {
          params: { query: { ...query(filter), limit: 100, ...(pageParam ? { after: pageParam } : {}) } },
        }),
      );
      return { items: adviserViews(page.items), nextCursor: page.nextCursor };
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * The matches of one offer or one person (up to 100), to show each suggestion's step: an offer
 * has rarely more matches among one organisation's people, a person rarely more than that.
 */
export function useMatchesOf(filter: MatchFilter) {
  return useQuery({
    queryKey: keys.of(filter),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/matches', { params: { query: { ...query(filter), limit: 100 } } }));
      return adviserViews(page.items);
    },
  });
}

export function useAdviserMatch(id: string) {
  return useQuery({
    queryKey: keys.match(id),
    queryFn: async () => {
      const match = await unwrap(api.GET('/api/v1/matches/{id}', { params: { path: { id } } }));
      const view = asAdviserMatch(match);
      if (!view) throw new Error('the API gave an employer view to an adviser');
      return view;
    },
  });
}

export interface Step {
  /** The match, or null when the person is not in the pipeline for this offer yet. */
  match: AdviserMatch | null;
  offerId: string;
  candidateId: string;
  /** Null: only take the person into the pipeline. */
  transition: Transition | null;
}

/** One step by the adviser; a suggestion not taken into the pipeline yet is taken first (POST /matches). */
export function useAdviserStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ match, offerId, candidateId, transition }: Step) => {
      let id = match?.id;
      if (!id) id = (await unwrap(api.POST('/api/v1/matches', { body: { offerId, candidateId } }))).id;
      const result = transition
        ? await unwrap(api.POST('/api/v1/matches/{id}/transitions', { params: { path: { id } }, body: transition }))
        : await unwrap(api.GET('/api/v1/matches/{id}', { params: { path: { id } } }));
      const view = asAdviserMatch(result);
      if (!view) throw new Error('the API gave an employer view to an adviser');
      return view;
    },
    onSuccess: (match) => {
      queryClient.setQueryData(keys.match(match.id), match);
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

const candidateQuery = (id: string) => ({
  queryKey: keys.candidate(id),
  queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
  staleTime: 60_000,
});

export function useCandidate(id: string) {
  return useQuery({ ...candidateQuery(id), enabled: id !== '' });
}

/** The people on screen: one request per person not cached yet (a board shows a few dozen). */
export function useCandidatesById(ids: readonly string[]): Map<string, Candidate> {
  const unique = [...new Set(ids)];
  const results = useQueries({ queries: unique.map((id) => candidateQuery(id)) });
  const people = new Map<string, Candidate>();
  results.forEach((result, index) => {
    const id = unique[index];
    if (id && result.data) people.set(id, result.data);
  });
  return people;
}

/** The titles of the offers on screen, from the offer cache where the adviser already opened them. */
export function useOfferTitlesById(ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['offers', id],
      queryFn: () => unwrap(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
  const titles = new Map<string, string>();
  results.forEach((result, index) => {
    const id = unique[index];
    if (id && result.data) titles.set(id, result.data.title);
  });
  return titles;
}
