import type { WebhookSubscription } from '../domain/notifications/webhook';

export interface WebhookRepository {
  create(subscription: WebhookSubscription): Promise<void>;
  listForOrganization(organizationId: string): Promise<WebhookSubscription[]>;
  findById(id: string): Promise<WebhookSubscription | null>;
  /** false when the organisation has no such subscription. */
  delete(organizationId: string, id: string): Promise<boolean>;
}
