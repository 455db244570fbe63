import type { Actor } from '../../accounts/session';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import type { WebhookSubscription } from '../webhook';
import { checkWebhookAccess } from './registerWebhook';

/** The organisation's subscriptions, without their secrets. */
export class ListWebhooks {
  constructor(private readonly deps: { webhooks: WebhookRepository; organizations: OrganizationRepository }) {}

  async execute(input: { actor: Actor; organizationId: string }): Promise<Omit<WebhookSubscription, 'secret'>[]> {
    await checkWebhookAccess(this.deps.organizations, input.actor, input.organizationId);
    const subscriptions = await this.deps.webhooks.listForOrganization(input.organizationId);
    return subscriptions.map(({ secret: _secret, ...subscription }) => subscription);
  }
}
