import type { Actor } from '../../accounts/session';
import type { Clock } from '../../../ports/Clock';
import type { InAppNotificationRepository } from '../../../ports/NotificationStores';

export class MarkAllNotificationsRead {
  constructor(private readonly deps: { inApp: InAppNotificationRepository; clock: Clock }) {}

  async execute(input: { actor: Actor }): Promise<void> {
    await this.deps.inApp.markAllRead(input.actor.userId, this.deps.clock.now());
  }
}
