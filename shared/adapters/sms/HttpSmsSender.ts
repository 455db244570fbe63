import { SegmentedMessage } from 'sms-segments-calculator';
import { request } from 'undici';
import { SendFailure } from '../../domain/notifications/sendFailure';
import type { SmsMessage, SmsSender } from '../../ports/SmsSender';
import { retryAfterMs } from '../webhook/UndiciWebhookSender';

export interface HttpSmsSettings {
  baseUrl: string;
  apiKey: string;
  sender: string;
  /** Where the provider posts its delivery reports. */
  statusCallbackUrl: string;
  timeoutMs: number;
}

/**
 * An HTTP SMS provider: `POST {baseUrl}/messages` with a bearer key and an `Idempotency-Key`,
 * `{ from, to, text, reference, statusCallback }`, answered `{ id }`; its delivery reports come back to statusCallback with
 * the shared secret. Segments are counted as the networks bill them (GSM-7 160/153, UCS-2 70/67).
 */
export class HttpSmsSender implements SmsSender {
  constructor(private readonly settings: HttpSmsSettings) {}

  async send(message: SmsMessage): Promise<{ providerMessageId: string; segments: number }> {
    const segments = new SegmentedMessage(message.text).segmentsCount;
    let response;
    try {
      response = await request(`${this.settings.baseUrl.replace(/\/$/, '')}/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.settings.apiKey}`,
          // The delivery key: a send repeated after a crash (the provider had accepted it, the
          // record did not say so yet) is answered with the same message, not sent twice.
          'idempotency-key': message.reference,
        },
        body: JSON.stringify({
          from: this.settings.sender,
          to: message.to,
          text: message.text,
          reference: message.reference,
          statusCallback: this.settings.statusCallbackUrl,
        }),
        headersTimeout: this.settings.timeoutMs,
        bodyTimeout: this.settings.timeoutMs,
      });
    } catch (error) {
      throw new SendFailure(`sms provider unreachable: ${(error as Error).message}`, false);
    }
    const { statusCode } = response;
    const text = await response.body.text();
    if (statusCode >= 200 && statusCode < 300) {
      const id = (JSON.parse(text || '{}') as { id?: string }).id;
      if (!id) throw new SendFailure('sms provider answered without a message id', false);
      return { providerMessageId: id, segments };
    }
    const retryable = statusCode === 429 || statusCode >= 500 || statusCode === 408;
    throw new SendFailure(
      `sms provider answered ${statusCode}: ${text.slice(0, 200)}`,
      !retryable,
      retryAfterMs(response.headers['retry-after']),
    );
  }
}
