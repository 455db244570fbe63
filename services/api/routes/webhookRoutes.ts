import { z } from 'zod';
import { webhookEventTypes } from '../../../shared/domain/notifications/webhook';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema, objectIdSchema } from '../schemas/commonSchemas';

const newWebhookBodySchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'URL http(s) attendue' }).max(2_000),
    events: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length),
  })
  .meta({ id: 'NewWebhook' });

const webhookFields = {
  id: z.string(),
  organizationId: z.string(),
  url: z.string(),
  eventTypes: z.array(z.enum(webhookEventTypes)),
  createdAt: z.date(),
};
const createdWebhookSchema = z
  .object({
    ...webhookFields,
    secret: z.string().meta({ description: 'signs every delivery (HMAC-SHA256); shown this once only' }),
  })
  .meta({ id: 'CreatedWebhook' });
const webhookListSchema = z.array(z.object(webhookFields)).meta({ id: 'Webhooks' });

const webhookParamsSchema = z.strictObject({ id: objectIdSchema, webhookId: objectIdSchema });
const owners = ['employer', 'admin'] as const;

/** Employer organisations receive their events in their own systems: signed POSTs, never to private addresses. */
export function registerWebhookRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/organizations/:id/webhooks',
    summary: 'Register a URL for event types; the answer holds the signing secret, shown once',
    tags: ['notifications'],
    access: owners,
    params: idParamsSchema,
    body: newWebhookBodySchema,
    success: { status: 201, description: 'registered', schema: createdWebhookSchema },
    handle: async ({ actor, params, body }) => {
      const { createdBy: _by, ...subscription } = await useCases.registerWebhook.execute({
        actor,
        organizationId: params.id,
        url: body.url,
        eventTypes: body.events,
      });
      return { status: 201, body: subscription };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/organizations/:id/webhooks',
    summary: 'The organisation’s webhooks (without their secrets)',
    tags: ['notifications'],
    access: owners,
    params: idParamsSchema,
    success: { status: 200, description: 'every subscription', schema: webhookListSchema },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: (await useCases.listWebhooks.execute({ actor, organizationId: params.id })).map(
        ({ createdBy: _by, ...subscription }) => subscription,
      ),
    }),
  });

  defineRoute(target, {
    method: 'delete',
    path: '/organizations/:id/webhooks/:webhookId',
    summary: 'Stop a webhook',
    tags: ['notifications'],
    access: owners,
    params: webhookParamsSchema,
    success: { status: 204, description: 'deleted' },
    handle: async ({ actor, params }) => {
      await useCases.deleteWebhook.execute({ actor, organizationId: params.id, webhookId: params.webhookId });
      return { status: 204 };
    },
  });
}
