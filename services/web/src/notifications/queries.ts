import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type Notification = components['schemas']['NotificationPage']['items'][number];
export type PreferenceEntry = components['schemas']['NotificationPreferences'][number];
export type PreferenceChange = components['schemas']['NotificationPreferenceChanges']['preferences'][number];

const keys = {
  all: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  unread: ['notifications', 'unread'] as const,
  read: ['notifications', 'all'] as const,
  preferences: ['notification-preferences'] as const,
};

/** The header's count, kept current while the page is open (a poll every 30 s is enough for it). */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: keys.unreadCount,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/me/notifications', { params: { query: { unread: 'true', limit: 1 } } })))
        .unreadCount,
    refetchInterval: 30_000,
    enabled,
  });
}

export function useUnreadNotifications() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications', { params: { query: { unread: 'true', limit: 100 } } })),
    refetchInterval: 30_000,
  });
}

export function useAllNotifications() {
  return useInfiniteQuery({
    queryKey: keys.read,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/me/notifications', {
          params: { query: { limit: 20, ...(pageParam ? { after: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read-all')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: keys.preferences,
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: PreferenceChange[]) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { preferences } })),
    onSuccess: (saved) => queryClient.setQueryData(keys.preferences, saved),
  });
}
