import { retryAfterMs } from '../../../shared/adapters/webhook/UndiciWebhookSender';
import { SendFailure } from '../../../shared/domain/notifications/sendFailure';
import { retryDelay } from '../../../workers/notificationsWorker';

describe('retry delays', () => {
  it('follow the provider’s Retry-After when it gave one', () => {
    expect(retryDelay(3, new SendFailure('429', false, 7_000))).toBe(7_000);
  });

  it('otherwise double at each attempt, with jitter between half and all of it', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, new Error('timeout'), () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
    expect(retryDelay(4, new Error('timeout'), () => 0)).toBe(4_000);
  });

  it('read Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(undefined, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
