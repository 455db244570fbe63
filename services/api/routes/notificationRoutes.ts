import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema } from '../schemas/commonSchemas';
import {
  deliveryListSchema,
  deliveryQuerySchema,
  notificationListQuerySchema,
  notificationPageSchema,
  preferencesBodySchema,
  preferencesSchema,
} from '../schemas/notificationSchemas';

/** Every user reads their own notifications, whatever their role. */
export function registerNotificationRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'get',
    path: '/me/notifications',
    summary: 'The caller’s in-app notifications, newest first, with the unread count',
    tags: ['notifications'],
    access: 'authenticated',
    query: notificationListQuerySchema,
    success: { status: 200, description: 'one page', schema: notificationPageSchema },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listNotifications.execute({
        actor,
        unreadOnly: query.unread,
        page: { limit: query.limit, ...(query.after ? { after: query.after } : {}) },
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/me/notification-preferences',
    summary: 'Per category and channel: on or off, immediate or daily digest; locked ones cannot be turned off',
    tags: ['notifications'],
    access: 'authenticated',
    success: { status: 200, description: 'every category × channel', schema: preferencesSchema },
    handle: async ({ actor }) => ({ status: 200, body: await useCases.getNotificationPreferences.execute({ actor }) }),
  });

  defineRoute(target, {
    method: 'put',
    path: '/me/notification-preferences',
    summary: 'Change some entries; the others keep their value',
    tags: ['notifications'],
    access: 'authenticated',
    body: preferencesBodySchema,
    success: { status: 200, description: 'every category × channel after the change', schema: preferencesSchema },
    handle: async ({ actor, body }) => ({
      status: 200,
      body: await useCases.updateNotificationPreferences.execute({ actor, changes: body.preferences }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/notifications/deliveries',
    summary:
      'Delivery status per message (queued, sent, delivered, bounced, failed): advisers, their organisation’s; admins, all',
    tags: ['notifications'],
    access: ['adviser', 'admin'],
    query: deliveryQuerySchema,
    success: { status: 200, description: 'newest first', schema: deliveryListSchema },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listDeliveries.execute({
        actor,
        recipientId: query.recipient,
        status: query.status,
        limit: query.limit,
        offset: query.offset,
      }),
    }),
  });

  // Declared before /:id/read so that "read-all" is never read as an id.
  defineRoute(target, {
    method: 'post',
    path: '/me/notifications/read-all',
    summary: 'Mark every notification of the caller read',
    tags: ['notifications'],
    access: 'authenticated',
    success: { status: 204, description: 'done' },
    handle: async ({ actor }) => {
      await useCases.markAllNotificationsRead.execute({ actor });
      return { status: 204 };
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/me/notifications/:id/read',
    summary: 'Mark one notification read (twice changes nothing)',
    tags: ['notifications'],
    access: 'authenticated',
    params: idParamsSchema,
    success: { status: 204, description: 'done' },
    handle: async ({ actor, params }) => {
      await useCases.markNotificationRead.execute({ actor, notificationId: params.id });
      return { status: 204 };
    },
  });
}
