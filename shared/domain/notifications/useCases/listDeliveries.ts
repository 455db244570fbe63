import type { Actor } from '../../accounts/session';
import { ForbiddenError } from '../../errors';
import type { DeliveryRepository } from '../../../ports/NotificationStores';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import { administeredOrganizationIds } from '../../accounts/useCases/findAdministeredOrganization';
import type { Delivery, DeliveryStatus } from '../delivery';

/**
 * Did it arrive? Advisers see the deliveries to their organisation (its members, and the people
 * it follows once they are notified); administrators, those of the organisations of their territory.
 */
export class ListDeliveries {
  constructor(private readonly deps: { deliveries: DeliveryRepository; organizations: OrganizationRepository }) {}

  async execute(input: {
    actor: Actor;
    recipientId?: string | undefined;
    status?: DeliveryStatus | undefined;
    limit: number;
    offset: number;
  }): Promise<Delivery[]> {
    const { actor } = input;
    if (actor.role !== 'adviser' && actor.role !== 'admin')
      throw new ForbiddenError('Réservé aux conseillers et administrateurs.');
    return this.deps.deliveries.list(
      {
        organizationIds:
          actor.role === 'adviser'
            ? [actor.organizationId]
            : await administeredOrganizationIds(this.deps.organizations, actor),
        ...(input.recipientId ? { recipientId: input.recipientId } : {}),
        ...(input.status ? { status: input.status } : {}),
      },
      { limit: input.limit, offset: input.offset },
    );
  }
}
