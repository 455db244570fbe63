import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type ParticipationAnswer = components['schemas']['EventParticipationAnswer'];

const keys = {
  events: ['recruitment-events'] as const,
  event: (id: string) => ['recruitment-events', id] as const,
  metPeople: (id: string) => ['recruitment-events', id, 'met-people'] as const,
  // Under ['offers']: writing an offer refreshes the choice.
  offers: ['offers', 'list', 'event-choices'] as const,
};

export function useRecruitmentEvent(id: string) {
  return useQuery({
    queryKey: keys.event(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-events/{id}', { params: { path: { id } } })),
  });
}

/** The employer's offers (up to 100, one page): the published ones to bring, every one to name those brought. */
export function useOwnOffers() {
  return useQuery({
    queryKey: keys.offers,
    queryFn: async () => (await unwrap(api.GET('/api/v1/offers', { params: { query: { limit: 100 } } }))).items,
  });
}

export function useAnswerParticipation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParticipationAnswer) =>
      unwrap(api.POST('/api/v1/recruitment-events/{id}/participation', { params: { path: { id } }, body })),
    onSuccess: (event) => {
      queryClient.setQueryData(keys.event(id), event);
      void queryClient.invalidateQueries({ queryKey: keys.events });
    },
  });
}

/** After the event: the people met who agreed to be shared (never their contact data). */
export function useMetPeople(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.metPeople(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-events/{id}/met-people', { params: { path: { id } } })),
    enabled,
  });
}

export function useEventInterviewRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { candidateId: string; offerId: string }) =>
      unwrap(api.POST('/api/v1/recruitment-events/{id}/interview-requests', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.metPeople(id) });
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}
