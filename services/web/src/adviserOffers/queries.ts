import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { toApiQuery, type OfferCriteria } from './offerSearchParams';

export type OfferSuggestions = components['schemas']['OfferSuggestions'];
export type CandidateSuggestions = components['schemas']['CandidateSuggestions'];
export type OfferSuggestion = OfferSuggestions['items'][number];
export type CandidateSuggestion = CandidateSuggestions['items'][number];
export type SearchedOffer = components['schemas']['OfferSearchResult']['items'][number];

export type SuggestionSubject = 'offer' | 'candidate';

const keys = {
  search: (criteria: OfferCriteria) => ['offers', 'search', criteria] as const,
  suggestions: (entity: SuggestionSubject, id: string) => ['suggestions', entity, id] as const,
  people: (q: string) => ['candidates', 'search', q] as const,
  offerTitles: (q: string) => ['offers', 'titles', q] as const,
};

export const searchPageSize = 20;

export function useOfferSearch(criteria: OfferCriteria) {
  return useQuery({
    queryKey: keys.search(criteria),
    queryFn: () =>
      unwrap(api.GET('/api/v1/offers/search', { params: { query: toApiQuery(criteria, searchPageSize) } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * A facet's counts as if its own values were not chosen, so that choosing "CDI" still shows how
 * many CDD there are (the API counts within the filters given): one more search, of one result,
 * only while the facet has a value chosen.
 */
export function useFacetCounts(criteria: OfferCriteria, facet: 'sectors' | 'contracts', field: string) {
  const without = { ...criteria, [facet]: [], page: 1 };
  const search = useQuery({
    queryKey: ['offers', 'facets', without],
    queryFn: () => unwrap(api.GET('/api/v1/offers/search', { params: { query: toApiQuery(without, 1) } })),
    enabled: criteria[facet].length > 0,
    placeholderData: keepPreviousData,
  });
  return criteria[facet].length > 0 ? search.data?.facets[field] : undefined;
}

/** While a recomputation runs, the list is read again every 2 s until its computedAt moves (30 s at most). */
function useRefreshing() {
  const [since, setSince] = useState<{ computedAt: string | null; at: number } | null>(null);
  return { since, setSince };
}

const refetchWhile = (
  since: { computedAt: string | null; at: number } | null,
  computedAt: string | null | undefined,
) => (since && computedAt === since.computedAt && Date.now() - since.at < 30_000 ? 2_000 : false);

export function useOfferSuggestions(offerId: string) {
  const refreshing = useRefreshing();
  const list = useQuery({
    queryKey: keys.suggestions('offer', offerId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/offers/{id}/suggestions', { params: { path: { id: offerId }, query: { limit: 50 } } })),
    refetchInterval: (query) => refetchWhile(refreshing.since, query.state.data?.computedAt),
  });
  return { list, refresh: useRefresh('offer', offerId, list.data?.computedAt ?? null, refreshing.setSince) };
}

export function useCandidateSuggestions(candidateId: string) {
  const refreshing = useRefreshing();
  const list = useQuery({
    queryKey: keys.suggestions('candidate', candidateId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{id}/suggestions', {
          params: { path: { id: candidateId }, query: { limit: 50 } },
        }),
      ),
    refetchInterval: (query) => refetchWhile(refreshing.since, query.state.data?.computedAt),
  });
  return { list, refresh: useRefresh('candidate', candidateId, list.data?.computedAt ?? null, refreshing.setSince) };
}

function useRefresh(
  entity: SuggestionSubject,
  id: string,
  computedAt: string | null,
  setSince: (since: { computedAt: string | null; at: number }) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      entity === 'offer'
        ? unwrap(api.POST('/api/v1/offers/{id}/suggestions/refresh', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/candidates/{id}/suggestions/refresh', { params: { path: { id } } })),
    onSuccess: () => {
      setSince({ computedAt, at: Date.now() });
      void queryClient.invalidateQueries({ queryKey: keys.suggestions(entity, id) });
    },
  });
}

/** The organisation's people by name, for the "why not this person?" autocomplete. */
export function usePeopleSearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: keys.people(q),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/candidates/search', { params: { query: { q, limit: 8 } } }))).items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Published offers by words, for the "why not this offer?" autocomplete. */
export function useOfferTitles(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: keys.offerTitles(q),
    queryFn: async () => (await unwrap(api.GET('/api/v1/offers/search', { params: { query: { q, limit: 8 } } }))).items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export type FitAnswer = components['schemas']['FitAnswer'];

/** Why (not) this person for this offer, computed now; nothing is written. */
export function useFit(candidateId: string | null, offerId: string | null) {
  return useQuery({
    queryKey: ['fit', candidateId ?? '', offerId ?? ''],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{id}/fit', {
          params: { path: { id: candidateId ?? '' }, query: { offerId: offerId ?? '' } },
        }),
      ),
    enabled: candidateId !== null && offerId !== null,
  });
}
