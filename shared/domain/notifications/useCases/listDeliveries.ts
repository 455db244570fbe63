import type { Actor } from '../../accounts/session';
import { ForbiddenError } from '../../errors';
import type { DeliveryRepository } from '../../../ports/NotificationStores';
import type { Delivery, DeliveryStatus } from '../delivery';

/**
 * Did it arrive? Advisers see the deliveries to their organisation (its members, and the people
 * it follows once they are notified); administrators of the territory see them all.
 */
export class ListDeliveries {
  constructor(private readonly deps: { deliveries: DeliveryRepository }) {}

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
        ...(actor.role === 'adviser' ? { organizationId: actor.organizationId } : {}),
        ...(input.recipientId ? { recipientId: input.recipientId } : {}),
        ...(input.status ? { status: input.status } : {}),
      },
      { limit: input.limit, offset: input.offset },
    );
  }
}
