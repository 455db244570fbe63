import type { Actor } from '../../accounts/session';
import type { Page, PageRequest } from '../../common/page';
import type { InAppNotificationRepository } from '../../../ports/NotificationStores';
import type { InAppNotification } from '../delivery';

/** A user's own in-app notifications, newest first, with the unread count. */
export class ListNotifications {
  constructor(private readonly deps: { inApp: InAppNotificationRepository }) {}

  async execute(input: {
    actor: Actor;
    unreadOnly: boolean;
    page: PageRequest;
  }): Promise<Page<InAppNotification> & { unreadCount: number }> {
    const items = await this.deps.inApp.list(input.actor.userId, { unreadOnly: input.unreadOnly }, input.page);
    return {
      items,
      nextCursor: items.length === input.page.limit ? (items.at(-1)?.id ?? null) : null,
      unreadCount: await this.deps.inApp.countUnread(input.actor.userId),
    };
  }
}
