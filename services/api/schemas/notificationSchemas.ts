import { z } from 'zod';
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
