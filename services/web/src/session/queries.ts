import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type Me = components['schemas']['Me'];

export const meQuery = {
  queryKey: ['me'],
  queryFn: () => unwrap(api.GET('/api/v1/me')),
  staleTime: 5 * 60_000,
} as const;

/** The signed-in user and their organisation (`enabled`: false for a visitor, who has none). */
export function useMe(enabled = true) {
  return useQuery({ ...meQuery, enabled });
}
