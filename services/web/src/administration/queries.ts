import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { deliveryWindow } from './deliveries';
import type { DeliveryStatus, Organization } from './labels';

export type NewOrganization = components['schemas']['NewOrganization'];
export type NewInvitation = components['schemas']['NewInvitation'];
export type User = components['schemas']['User'];

const keys = {
  organizations: ['administration', 'organizations'] as const,
  users: (organizationId: string) => ['administration', 'organizations', organizationId, 'users'] as const,
  deliveries: (status: DeliveryStatus | undefined, page: number) =>
    ['administration', 'deliveries', status ?? 'all', page] as const,
};

/** A territory holds hundreds of organisations, not tens of thousands: 30 pages of 100 is the ceiling. */
const maxOrganizationPages = 30;

/**
 * Every organisation of the territory, read page by page: the API filters neither by kind nor
 * gives one organisation by id, so the list, the filter and an organisation's page all read this.
 */
export function useTerritoryOrganizations() {
  return useQuery({
    queryKey: keys.organizations,
    queryFn: async () => {
      const items: Organization[] = [];
      let after: string | undefined;
      for (let page = 0; page < maxOrganizationPages; page += 1) {
        const result = await unwrap(
          api.GET('/api/v1/organizations', { params: { query: { limit: 100, ...(after ? { after } : {}) } } }),
        );
        items.push(...result.items);
        if (!result.nextCursor) return { items, complete: true };
        after = result.nextCursor;
      }
      return { items, complete: false };
    },
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOrganization) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organizations }),
  });
}

function usersQuery(organizationId: string) {
  return {
    queryKey: keys.users(organizationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/users', {
          params: { path: { id: organizationId }, query: { limit: 100 } },
        }),
      ),
  };
}

export function useOrganizationUsers(organizationId: string) {
  return useQuery(usersQuery(organizationId));
}

/** The names of the members of these organisations (their first 100 each), by user id. */
export function useMemberNames(organizationIds: readonly string[]) {
  return useQueries({
    queries: organizationIds.map((id) => usersQuery(id)),
    combine: (results) => {
      const names = new Map<string, string>();
      for (const result of results) for (const user of result.data?.items ?? []) names.set(user.id, user.displayName);
      return names;
    },
  });
}

export function useInviteUser(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInvitation) =>
      unwrap(api.POST('/api/v1/organizations/{id}/invitations', { params: { path: { id: organizationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.users(organizationId) }),
  });
}

export function useSetUserActive(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, active }: { userId: string; active: boolean }) => {
      const params = { params: { path: { id: organizationId, userId } } };
      return unwrap(
        active
          ? api.POST('/api/v1/organizations/{id}/users/{userId}/reactivate', params)
          : api.POST('/api/v1/organizations/{id}/users/{userId}/deactivate', params),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.users(organizationId) }),
  });
}

export function useDeliveries(filter: { status: DeliveryStatus | undefined; page: number }) {
  return useQuery({
    queryKey: keys.deliveries(filter.status, filter.page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notifications/deliveries', {
          params: { query: { ...deliveryWindow(filter.page), ...(filter.status ? { status: filter.status } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
