import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import type { Candidate } from './labels';
import { caseloadQuery, type PeopleFilters } from './peopleFilters';

export type NewCandidate = components['schemas']['NewCandidate'];
export type CandidateChanges = components['schemas']['CandidateChanges'];
export type Barrier = components['schemas']['Barrier'];
export type NewBarrier = components['schemas']['NewBarrier'];
export type BarrierChanges = components['schemas']['BarrierChanges'];
export type Delivery = components['schemas']['Deliveries'][number];
export type Match = components['schemas']['Match'];

export type CaseloadRow = components['schemas']['CaseloadPage']['items'][number];

const keys = {
  candidates: ['candidates'] as const,
  caseload: (filters: PeopleFilters) => ['candidates', 'caseload', filters] as const,
  candidate: (id: string) => ['candidates', id] as const,
  barriers: (id: string) => ['candidates', id, 'barriers'] as const,
  matches: (id: string) => ['matches', 'candidate', id] as const,
  deliveries: (id: string) => ['deliveries', 'recipient', id] as const,
};

/** The people list: the adviser's own people or the organisation's, filtered, with their counts. */
export function useCaseload(filters: PeopleFilters) {
  return useQuery({
    queryKey: keys.caseload(filters),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/candidates/caseload', { params: { query: caseloadQuery(filters) } })),
  });
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: keys.candidate(id),
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } })),
  });
}

function useCandidateMutation<Input>(mutationFn: (input: Input) => Promise<Candidate>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (candidate) => {
      queryClient.setQueryData(keys.candidate(candidate.id), candidate);
      void queryClient.invalidateQueries({ queryKey: ['candidates', 'caseload'] });
    },
  });
}

export function useCreateCandidate() {
  return useCandidateMutation((body: NewCandidate) => unwrap(api.POST('/api/v1/candidates', { body })));
}

export function useUpdateCandidate(id: string) {
  return useCandidateMutation((body: CandidateChanges) =>
    unwrap(api.PATCH('/api/v1/candidates/{id}', { params: { path: { id } }, body })),
  );
}

export function useEraseCandidate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/candidates/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.candidate(id) });
      queryClient.removeQueries({ queryKey: keys.matches(id) });
      void queryClient.invalidateQueries({ queryKey: keys.candidates });
    },
  });
}

/** Everything held on the person, read when the adviser asks for it (never cached). */
export function useExportCandidate(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/candidates/{id}/export', { params: { path: { id } } })),
  });
}

export function useBarriers(candidateId: string) {
  return useQuery({
    queryKey: keys.barriers(candidateId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/candidates/{id}/barriers', { params: { path: { id: candidateId } } }))).items,
  });
}

function useBarrierMutation<Input, Output>(candidateId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.barriers(candidateId) }),
  });
}

export function useAddBarrier(candidateId: string) {
  return useBarrierMutation(candidateId, (body: NewBarrier) =>
    unwrap(api.POST('/api/v1/candidates/{id}/barriers', { params: { path: { id: candidateId } }, body })),
  );
}

export function useUpdateBarrier(candidateId: string, barrierId: string) {
  return useBarrierMutation(candidateId, (body: BarrierChanges) =>
    unwrap(
      api.PATCH('/api/v1/candidates/{id}/barriers/{barrierId}', {
        params: { path: { id: candidateId, barrierId } },
        body,
      }),
    ),
  );
}

export function useRemoveBarrier(candidateId: string, barrierId: string) {
  return useBarrierMutation(candidateId, () =>
    unwrap(
      api.DELETE('/api/v1/candidates/{id}/barriers/{barrierId}', {
        params: { path: { id: candidateId, barrierId } },
      }),
    ),
  );
}

/** The person's matches, newest first (one page of 100: more than a person has). */
export function useCandidateMatches(candidateId: string) {
  return useQuery({
    queryKey: keys.matches(candidateId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/matches', { params: { query: { candidateId, limit: 100 } } }))).items,
  });
}

/** The titles of the offers of the person's matches (the adviser's match view carries the offer's id only). */
export function useOfferTitles(offerIds: readonly string[]) {
  const unique = [...new Set(offerIds)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['offers', id],
      queryFn: () => unwrap(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })),
      retry: false,
      staleTime: 5 * 60_000,
    })),
  });
  const titles = new Map<string, string>();
  results.forEach((result, index) => {
    const id = unique[index];
    if (id && result.data) titles.set(id, result.data.title);
  });
  return titles;
}

/** The messages sent to the person (SMS, e-mail), newest first, with their delivery status. */
export function useDeliveries(candidateId: string) {
  return useQuery({
    queryKey: keys.deliveries(candidateId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/notifications/deliveries', { params: { query: { recipient: candidateId, limit: 50 } } })),
  });
}
