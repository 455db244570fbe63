import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { RsvpAnswer } from './rsvpOutcome';

const key = (token: string) => ['rsvp', token] as const;

/** What a personal invitation link opens: no account, the token is the only credential. */
export function useRsvp(token: string) {
  return useQuery({
    queryKey: key(token),
    queryFn: () => unwrap(api.GET('/api/v1/rsvp/{token}', { params: { path: { token } } })),
  });
}

export function useAnswerRsvp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: RsvpAnswer) =>
      unwrap(api.POST('/api/v1/rsvp/{token}', { params: { path: { token } }, body: { answer } })),
    onSuccess: (view) => queryClient.setQueryData(key(token), view),
    // Refused (closed meanwhile, or the link withdrawn): what the page shows must be the server's state.
    onError: () => void queryClient.invalidateQueries({ queryKey: key(token) }),
  });
}
