import { randomBytes } from 'node:crypto';
import type { Actor } from '../../accounts/session';
import type { Clock } from '../../../ports/Clock';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import type { WebhookSender } from '../../../ports/WebhookSender';
import { timeOrderedId } from '../../common/timeOrderedId';
import { ForbiddenError, ValidationError } from '../../errors';
import { SendFailure } from '../sendFailure';
import type { WebhookEventType, WebhookSubscription } from '../webhook';

/** Only the organisation's own members (and administrators) manage its webhooks. */
export function checkWebhookAccess(actor: Actor, organizationId: string): void {
  if (actor.role === 'admin') return;
  if (actor.role !== 'employer' || actor.organizationId !== organizationId) {
    throw new ForbiddenError('Seuls les membres de l’organisation gèrent ses webhooks.');
  }
}

/** Registers a URL for event types; the signing secret is returned here and never again. */
export class RegisterWebhook {
  constructor(private readonly deps: { webhooks: WebhookRepository; webhookSender: WebhookSender; clock: Clock }) {}

  async execute(input: {
    actor: Actor;
    organizationId: string;
    url: string;
    eventTypes: WebhookEventType[];
  }): Promise<WebhookSubscription> {
    checkWebhookAccess(input.actor, input.organizationId);
    try {
      await this.deps.webhookSender.checkDestination(input.url);
    } catch (error) {
      if (error instanceof SendFailure)
        throw new ValidationError('Adresse refusée.', [{ field: 'url', reason: error.message }]);
      throw error;
    }
    const subscription: WebhookSubscription = {
      id: timeOrderedId(this.deps.clock.now()),
      organizationId: input.organizationId,
      url: input.url,
      eventTypes: [...new Set(input.eventTypes)],
      secret: `whsec_${randomBytes(24).toString('base64url')}`,
      createdBy: input.actor.userId,
      createdAt: this.deps.clock.now(),
    };
    await this.deps.webhooks.create(subscription);
    return subscription;
  }
}
