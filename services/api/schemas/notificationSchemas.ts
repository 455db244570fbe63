import { z } from 'zod';
import { deliveryStatuses, recipientKinds } from '../../../shared/domain/notifications/delivery';
import {
  frequencies,
  lockedCategories,
  type Frequency,
} from '../../../shared/domain/notifications/notificationPreferences';
import { notificationCategories, notificationChannels } from '../../../shared/domain/notifications/notificationRules';
import { booleanQueryFlag, objectIdSchema } from './commonSchemas';

export const notificationListQuerySchema = z.strictObject({
  unread: booleanQueryFlag.meta({ description: 'true: unread ones only' }),
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

/**
 * The choices a user may make, in a shape the document states (the domain checks the same in
 * checkPreferenceChanges, with the same reasons): only the channels users choose, the daily
 * digest by e-mail only, security messages and convocations neither off nor delayed.
 */
const lockedReason = 'les messages de sécurité et les convocations ne peuvent être désactivés';
const openCategories = notificationCategories.filter((category) => !lockedCategories.includes(category));
const preferenceChangeOn = <C extends string>(channel: C, frequency: z.ZodType<Frequency>) =>
  z.discriminatedUnion('category', [
    z.strictObject({
      category: z.enum(lockedCategories),
      channel: z.literal(channel),
      enabled: z.literal(true, { error: lockedReason }),
      frequency: z.literal('immediate', { error: lockedReason }),
    }),
    z.strictObject({ category: z.enum(openCategories), channel: z.literal(channel), enabled: z.boolean(), frequency }),
  ]);
const preferenceChangeSchema = z.discriminatedUnion(
  'channel',
  [
    preferenceChangeOn('email', preferenceFields.frequency),
    preferenceChangeOn(
      'in_app',
      z.literal('immediate', { error: 'le récapitulatif quotidien n’existe que par e-mail' }),
    ),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'canal non réglable par un utilisateur' : undefined) },
);

export const preferencesBodySchema = z
  .strictObject({ preferences: z.array(preferenceChangeSchema).min(1).max(50) })
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
        kind: z
          .enum(recipientKinds)
          .meta({ description: 'invitee, password_reset: an account link sent to an address that has no account yet' }),
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
