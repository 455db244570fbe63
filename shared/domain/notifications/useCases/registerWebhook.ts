import { randomBytes } from 'node:crypto';
import type { Actor } from '../../accounts/session';
import type { Clock } from '../../../ports/Clock';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import { findAdministeredOrganization } from '../../accounts/useCases/findAdministeredOrganization';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import type { WebhookSender } from '../../../ports/WebhookSender';
import { timeOrderedId } from '../../common/timeOrderedId';
import { ForbiddenError, ValidationError } from '../../errors';
import { SendFailure } from '../sendFailure';
import type { WebhookEventType, WebhookSubscription } from '../webhook';

/**
 * Only the organisation's own members manage its webhooks, and the administrators of its
 * territory; webhooks carry an employer's events, so only employer organisations have them.
 */
export async function checkWebhookAccess(
  organizations: OrganizationRepository,
  actor: Actor,
  organizationId: string,
): Promise<void> {
  if (actor.role === 'admin') {
    const organization = await findAdministeredOrganization(organizations, actor, organizationId);
    if (organization.kind !== 'employer') {
      throw new ValidationError('Organisation sans webhooks.', [
        { field: 'id', reason: 'les webhooks sont réservés aux organisations employeuses' },
      ]);
    }
    return;
  }
  if (actor.role !== 'employer' || actor.organizationId !== organizationId) {
    throw new ForbiddenError('Seuls les membres de l’organisation gèrent ses webhooks.');
  }
}

/** Registers a URL for event types; the signing secret is returned here and never again. */
export class RegisterWebhook {
  constructor(
    private readonly deps: {
      webhooks: WebhookRepository;
      webhookSender: WebhookSender;
      organizations: OrganizationRepository;
      clock: Clock;
    },
  ) {}

  async execute(input: {
    actor: Actor;
    organizationId: string;
    url: string;
    eventTypes: WebhookEventType[];
  }): Promise<WebhookSubscription> {
    await checkWebhookAccess(this.deps.organizations, input.actor, input.organizationId);
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
