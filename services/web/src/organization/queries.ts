import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type NewWebhook = components['schemas']['NewWebhook'];
export type CreatedWebhook = components['schemas']['CreatedWebhook'];
export type NewInvitation = components['schemas']['NewInvitation'];

const keys = {
  members: (organizationId: string) => ['organizations', organizationId, 'members'] as const,
  webhooks: (organizationId: string) => ['organizations', organizationId, 'webhooks'] as const,
};

export function useMembers(organizationId: string) {
  return useQuery({
    queryKey: keys.members(organizationId),
    enabled: organizationId !== '',
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/users', {
          params: { path: { id: organizationId }, query: { limit: 100 } },
        }),
      ),
  });
}

export function useInvite(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInvitation) =>
      unwrap(api.POST('/api/v1/organizations/{id}/invitations', { params: { path: { id: organizationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.members(organizationId) }),
  });
}

export function useWebhooks(organizationId: string) {
  return useQuery({
    queryKey: keys.webhooks(organizationId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/webhooks', { params: { path: { id: organizationId } } })),
  });
}

export function useRegisterWebhook(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewWebhook) =>
      unwrap(api.POST('/api/v1/organizations/{id}/webhooks', { params: { path: { id: organizationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.webhooks(organizationId) }),
  });
}

export function useDeleteWebhook(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (webhookId: string) =>
      unwrap(
        api.DELETE('/api/v1/organizations/{id}/webhooks/{webhookId}', {
          params: { path: { id: organizationId, webhookId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.webhooks(organizationId) }),
  });
}
