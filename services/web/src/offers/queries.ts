import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import type { OfferStatus } from '../ui/labels';

export type Offer = components['schemas']['Offer'];
export type NewOffer = components['schemas']['NewOffer'];
export type OfferChanges = components['schemas']['OfferChanges'];
export type Appellation = components['schemas']['AppellationSuggestion'];
export type Commune = components['schemas']['Commune'];
export type Certification = components['schemas']['Certification'];

const keys = {
  offers: ['offers'] as const,
  list: (status: OfferStatus | undefined, after: string | undefined) => [
    'offers',
    'list',
    status ?? 'all',
    after ?? '',
  ],
  offer: (id: string) => ['offers', id] as const,
  waiting: ['matches', 'waiting'] as const,
};

export function useOffers(filter: { status?: OfferStatus | undefined; after?: string | undefined }) {
  return useQuery({
    queryKey: keys.list(filter.status, filter.after),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/offers', {
          params: {
            query: {
              limit: 20,
              ...(filter.status ? { status: filter.status } : {}),
              ...(filter.after ? { after: filter.after } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Proposals waiting for the employer's answer, counted per offer: the API has no count per offer,
 * so one list of the organisation's waiting proposals (up to 300, three pages) serves the table.
 */
export function useWaitingProposals() {
  return useQuery({
    queryKey: keys.waiting,
    queryFn: async () => {
      const counts = new Map<string, number>();
      let after: string | undefined;
      for (let page = 0; page < 3; page += 1) {
        const result = await unwrap(
          api.GET('/api/v1/matches', {
            params: { query: { status: 'proposed', limit: 100, ...(after ? { after } : {}) } },
          }),
        );
        for (const match of result.items) counts.set(match.offerId, (counts.get(match.offerId) ?? 0) + 1);
        if (!result.nextCursor) return { counts, complete: true };
        after = result.nextCursor;
      }
      return { counts, complete: false };
    },
  });
}

export function useOffer(id: string) {
  return useQuery({
    queryKey: keys.offer(id),
    queryFn: () => unwrap(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })),
  });
}

function useOfferMutation<Input>(mutationFn: (input: Input) => Promise<Offer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (offer) => {
      queryClient.setQueryData(keys.offer(offer.id), offer);
      void queryClient.invalidateQueries({ queryKey: keys.offers });
    },
  });
}

export function useCreateOffer() {
  return useOfferMutation((body: NewOffer) => unwrap(api.POST('/api/v1/offers', { body })));
}

export function useUpdateOffer(id: string) {
  return useOfferMutation((body: OfferChanges) =>
    unwrap(api.PATCH('/api/v1/offers/{id}', { params: { path: { id } }, body })),
  );
}

/** Publishing takes the end date chosen in the confirmation: written first, then the draft published. */
export function usePublishOffer(id: string) {
  return useOfferMutation(async (expiresAt: string) => {
    await unwrap(api.PATCH('/api/v1/offers/{id}', { params: { path: { id } }, body: { expiresAt } }));
    return unwrap(api.POST('/api/v1/offers/{id}/publish', { params: { path: { id } } }));
  });
}

export function useCloseOffer(id: string) {
  return useOfferMutation(() => unwrap(api.POST('/api/v1/offers/{id}/close', { params: { path: { id } } })));
}

export function useDeleteOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/offers/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.offer(id) });
      void queryClient.invalidateQueries({ queryKey: keys.offers });
    },
  });
}

export function useAppellations(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['reference', 'appellations', q],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/reference/appellations', { params: { query: { q, limit: 8 } } }))).items,
    enabled: q.length >= 2,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useCommunes(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['reference', 'communes', q],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/reference/communes', { params: { query: { q, limit: 8 } } }))).items,
    enabled: q.length >= 2,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useCertifications() {
  return useQuery({
    queryKey: ['reference', 'certifications'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/reference/certifications'))).items,
    staleTime: Infinity,
  });
}
