import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../../ports/Clock';
import type { DeliveryRepository } from '../../../ports/NotificationStores';
import { UnauthenticatedError } from '../../errors';

export const smsReportStatuses = ['delivered', 'undelivered', 'failed', 'expired'] as const;
export type SmsReportStatus = (typeof smsReportStatuses)[number];

/**
 * The provider's delivery report: delivered, or bounced (undelivered, failed, expired) with its
 * error. Authenticated by the shared secret; a report for an unknown message is ignored (200), a
 * repeated one changes nothing.
 */
export class RecordSmsStatus {
  constructor(private readonly deps: { deliveries: DeliveryRepository; clock: Clock; statusSecret: string }) {}

  async execute(input: {
    secret: string | undefined;
    providerMessageId: string;
    status: SmsReportStatus;
    error?: string | undefined;
  }): Promise<{ recorded: boolean }> {
    const given = Buffer.from(input.secret ?? '');
    const expected = Buffer.from(this.deps.statusSecret);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthenticatedError('Secret du rapport de distribution invalide.');
    }
    const delivery = await this.deps.deliveries.findByProviderMessageId(input.providerMessageId);
    if (!delivery || delivery.channel !== 'sms' || delivery.status !== 'sent') return { recorded: false };
    await this.deps.deliveries.setStatus(
      delivery.key,
      input.status === 'delivered' ? 'delivered' : 'bounced',
      this.deps.clock.now(),
      { ...(input.error ? { error: input.error } : {}), providerMessageId: input.providerMessageId },
    );
    return { recorded: true };
  }
}
