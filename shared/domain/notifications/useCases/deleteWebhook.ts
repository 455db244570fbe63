import type { Actor } from '../../accounts/session';
import { NotFoundError } from '../../errors';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { WebhookRepository } from '../../../ports/WebhookRepository';
import { checkWebhookAccess } from './registerWebhook';

export class DeleteWebhook {
  constructor(private readonly deps: { webhooks: WebhookRepository; organizations: OrganizationRepository }) {}

  async execute(input: { actor: Actor; organizationId: string; webhookId: string }): Promise<void> {
    await checkWebhookAccess(this.deps.organizations, input.actor, input.organizationId);
    if (!(await this.deps.webhooks.delete(input.organizationId, input.webhookId))) {
      throw new NotFoundError('Webhook introuvable.');
    }
  }
}
