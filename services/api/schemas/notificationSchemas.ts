import { z } from 'zod';
import { deliveryStatuses } from '../../../shared/domain/notifications/delivery';
import { frequencies } from '../../../shared/domain/notifications/notificationPreferences';
import { notificationCategories, notificationChannels } from '../../../shared/domain/notifications/notificationRules';
import { objectIdSchema } from './commonSchemas';

export const notificationListQuerySchema = z.strictObject({
  unread: z.stringbool().default(false).meta({ description: 'true: unread ones only' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: objectIdSchema.optional().meta({ description: 'nextCursor of the previous page' }),
});

export const notificationPageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        category: z.enum(notificationCategories),
        title: z.string(),
        body: z.string(),
        link: z.string(),
        createdAt: z.date(),
        readAt: z.date().nullable(),
      }),
    ),
    nextCursor: z.string().nullable(),
    unreadCount: z.number(),
  })
  .meta({ id: 'NotificationPage' });

const preferenceFields = {
  category: z.enum(notificationCategories),
  channel: z.enum(notificationChannels),
  enabled: z.boolean(),
  frequency: z.enum(frequencies).meta({ description: 'daily: gathered into the 08:30 digest (e-mail)' }),
};

export const preferencesSchema = z
  .array(z.object({ ...preferenceFields, locked: z.boolean() }))
  .meta({ id: 'NotificationPreferences' });

export const preferencesBodySchema = z
  .strictObject({ preferences: z.array(z.strictObject(preferenceFields)).min(1).max(50) })
  .meta({ id: 'NotificationPreferenceChanges' });

export const deliveryQuerySchema = z.strictObject({
  recipient: objectIdSchema.optional().meta({ description: 'a user (or, later, a person followed)' }),
  status: z.enum(deliveryStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const deliveryListSchema = z
  .array(
    z.object({
      key: z.string(),
      eventId: z.string(),
      recipient: z.object({
        kind: z.enum(['user', 'candidate', 'webhook']),
        id: z.string(),
        organizationId: z.string(),
      }),
      channel: z.enum(notificationChannels),
      category: z.enum([...notificationCategories, 'digest']),
      message: z.object({ title: z.string(), body: z.string(), link: z.string() }),
      status: z.enum(deliveryStatuses),
      providerMessageId: z.string().nullable(),
      error: z.string().nullable(),
      createdAt: z.date(),
      updatedAt: z.date(),
    }),
  )
  .meta({ id: 'Deliveries' });
