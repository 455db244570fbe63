import { z } from 'zod';
import { smsReportStatuses } from '../../../shared/domain/notifications/useCases/recordSmsStatus';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';

const smsStatusBodySchema = z
  .object({
    id: z.string().min(1).max(200).meta({ description: 'the provider’s message id' }),
    status: z.enum(smsReportStatuses),
    error: z.string().max(500).optional(),
  })
  .meta({ id: 'SmsStatusReport' });

/** Callbacks from providers: no user session, a shared secret instead. */
export function registerProviderWebhookRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/webhooks/sms-status',
    summary: 'Delivery report of the SMS provider (header X-Sms-Secret: the shared secret)',
    tags: ['notifications'],
    access: 'public',
    body: smsStatusBodySchema,
    success: {
      status: 200,
      description: 'recorded (or unknown message, ignored)',
      schema: z.object({ recorded: z.boolean() }),
    },
    // A missing or wrong X-Sms-Secret.
    problems: ['unauthenticated'],
    handle: async ({ body, req }) => ({
      status: 200,
      body: await useCases.recordSmsStatus.execute({
        secret: req.get('x-sms-secret'),
        providerMessageId: body.id,
        status: body.status,
        error: body.error,
      }),
    }),
  });
}
