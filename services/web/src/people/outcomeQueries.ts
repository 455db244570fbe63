import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type Outcome = components['schemas']['Outcome'];
export type NewOutcome = components['schemas']['NewOutcome'];

const outcomesKey = (candidateId: string) => ['candidates', candidateId, 'outcomes'] as const;

/** What became of the person, oldest first, each with its class. */
export function useOutcomes(candidateId: string) {
  return useQuery({
    queryKey: outcomesKey(candidateId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/candidates/{id}/outcomes', { params: { path: { id: candidateId } } }))).items,
  });
}

export function useRecordOutcome(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOutcome) =>
      unwrap(api.POST('/api/v1/candidates/{id}/outcomes', { params: { path: { id: candidateId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outcomesKey(candidateId) }),
  });
}
