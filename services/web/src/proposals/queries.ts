import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { asEmployerMatch, type EmployerMatch } from '../api/employerMatch';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type Transition = components['schemas']['MatchTransition'];

const keys = {
  forOffer: (offerId: string) => ['matches', 'offer', offerId] as const,
  match: (id: string) => ['matches', id] as const,
};

function employerViews(items: components['schemas']['Match'][]): EmployerMatch[] {
  return items.flatMap((item) => {
    const view = asEmployerMatch(item);
    return view ? [view] : [];
  });
}

/** The proposals to one offer (up to 100: an offer rarely gets more; the page says so otherwise). */
export function useOfferProposals(offerId: string) {
  return useQuery({
    queryKey: keys.forOffer(offerId),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/matches', { params: { query: { offerId, limit: 100 } } }));
      return { items: employerViews(page.items), more: page.nextCursor !== null };
    },
  });
}

export function useMatch(id: string) {
  return useQuery({
    queryKey: keys.match(id),
    queryFn: async () => {
      const match = await unwrap(api.GET('/api/v1/matches/{id}', { params: { path: { id } } }));
      const view = asEmployerMatch(match);
      if (!view) throw new Error('the API gave an adviser view to an employer');
      return view;
    },
  });
}

export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Transition) =>
      unwrap(api.POST('/api/v1/matches/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: (match) => {
      const view = asEmployerMatch(match);
      if (view) queryClient.setQueryData(keys.match(id), view);
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}
