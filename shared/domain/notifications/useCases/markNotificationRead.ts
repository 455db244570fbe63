import type { Actor } from '../../accounts/session';
import { NotFoundError } from '../../errors';
import type { Clock } from '../../../ports/Clock';
import type { InAppNotificationRepository } from '../../../ports/NotificationStores';

/** Marks one of the user's notifications read (another user's is a 404). Twice changes nothing. */
export class MarkNotificationRead {
  constructor(private readonly deps: { inApp: InAppNotificationRepository; clock: Clock }) {}

  async execute(input: { actor: Actor; notificationId: string }): Promise<void> {
    if (!(await this.deps.inApp.markRead(input.actor.userId, input.notificationId, this.deps.clock.now()))) {
      throw new NotFoundError('Notification introuvable.');
    }
  }
}
