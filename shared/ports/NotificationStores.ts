import type { PageRequest } from '../domain/common/page';
import type { DigestItem } from '../domain/notifications/dailyDigest';
import type { Delivery, DeliveryStatus, InAppNotification } from '../domain/notifications/delivery';
import type { NotificationMessage } from '../domain/notifications/notificationMessages';
import type { DomainEvent } from './DomainEvents';

/** The read side of the events outbox, for the dispatcher. */
export interface DomainEventSource {
  /** Some of the events not handled yet, oldest first within the batch. */
  unhandled(limit: number): Promise<DomainEvent[]>;
  markHandled(eventIds: string[]): Promise<void>;
  find(eventId: string): Promise<DomainEvent | null>;
}

export interface DeliveryRepository {
  /** Those whose key exists already are left as they are; returns how many were created. */
  createAllIfAbsent(deliveries: Delivery[]): Promise<number>;
  findByKey(key: string): Promise<Delivery | null>;
  findByProviderMessageId(providerMessageId: string): Promise<Delivery | null>;
  /** Newest first. */
  list(
    filter: { organizationIds: readonly string[]; recipientId?: string; status?: DeliveryStatus },
    page: { limit: number; offset: number },
  ): Promise<Delivery[]>;
  /** Erasure of a person: the messages sent to them, their text and delivery log, go with them. */
  deleteForCandidate(candidateId: string): Promise<void>;
  setStatus(
    key: string,
    status: DeliveryStatus,
    at: Date,
    details?: { error?: string; providerMessageId?: string; message?: NotificationMessage },
  ): Promise<void>;
  /** The same status for many (the in-app deliveries of one batch): one write. */
  setStatusAll(keys: readonly string[], status: DeliveryStatus, at: Date): Promise<void>;
}

/** What waits for a user's daily digest. */
export interface DigestItemRepository {
  /** Idempotent by id. */
  addAllIfAbsent(items: DigestItem[]): Promise<void>;
  /** The users who have items from before `before` that no digest took yet. */
  recipientsWithPending(before: Date): Promise<{ userId: string; organizationId: string }[]>;
  /** Gives the user's unclaimed items from before `before` to this digest; returns all of the digest's items. */
  claim(userId: string, before: Date, digestKey: string): Promise<DigestItem[]>;
}

export interface InAppNotificationRepository {
  /** Idempotent by id. */
  store(notification: InAppNotification): Promise<void>;
  /** Idempotent by id: many at once (imports, benchmarks). */
  storeAll(notifications: readonly InAppNotification[]): Promise<void>;
  /** What lists and counts them (kept beside the database) rebuilt from the stored notifications. */
  rebuildLists(): Promise<void>;
  list(userId: string, filter: { unreadOnly: boolean }, page: PageRequest): Promise<InAppNotification[]>;
  countUnread(userId: string): Promise<number>;
  /** false when the user has no such notification. */
  markRead(userId: string, notificationId: string, at: Date): Promise<boolean>;
  markAllRead(userId: string, at: Date): Promise<void>;
}

/** Asks the notifications worker to send one delivery (by key: the job carries no personal data). */
export interface NotificationQueue {
  /** notBefore: not sent earlier (SMS quiet hours, interview reminders). */
  enqueueSends(sends: { deliveryKey: string; notBefore?: Date }[]): Promise<void>;
}
