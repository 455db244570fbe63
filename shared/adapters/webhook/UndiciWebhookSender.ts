import { lookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { SendFailure } from '../../domain/notifications/sendFailure';
import type { WebhookRequest, WebhookSender } from '../../ports/WebhookSender';
import { isAllowedAddress } from './addressPolicy';

class ForbiddenDestination extends Error {}

/**
 * POSTs webhook deliveries with undici. The address check runs inside the connection's own DNS
 * lookup, so a name that resolves to a public address when registered and to a private one when
 * called (DNS rebinding) is still refused; IP literals, which skip the lookup, are checked first.
 */
export class UndiciWebhookSender implements WebhookSender {
  private readonly agent: Agent;

  constructor(private readonly settings: { allowPrivateNetworks: boolean; timeoutMs: number }) {
    this.agent = new Agent({
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
      connectTimeout: settings.timeoutMs,
      connect: {
        lookup: (hostname, options, callback) => {
          lookup(hostname, { all: true }, (error, addresses: LookupAddress[]) => {
            if (error) return callback(error, [] as never);
            const refused = addresses.find((item) => !isAllowedAddress(item.address, settings.allowPrivateNetworks));
            if (refused || addresses.length === 0) {
              return callback(new ForbiddenDestination(`${hostname} resolves to a forbidden address`), [] as never);
            }
            const wantsAll = (options as { all?: boolean }).all === true;
            const first = addresses[0] as LookupAddress;
            return wantsAll ? callback(null, addresses) : callback(null, first.address, first.family);
          });
        },
      },
    });
  }

  async checkDestination(url: string): Promise<void> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SendFailure('invalid URL', true);
    }
    if (parsed.protocol !== 'https:' && !(this.settings.allowPrivateNetworks && parsed.protocol === 'http:')) {
      throw new SendFailure('webhooks need https', true);
    }
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host)
      ? [host]
      : await new Promise<string[]>((resolve, reject) =>
          lookup(host, { all: true }, (error, found) =>
            error ? reject(error) : resolve(found.map((item) => item.address)),
          ),
        ).catch(() => {
          throw new SendFailure(`${host} does not resolve`, true);
        });
    if (
      addresses.length === 0 ||
      addresses.some((address) => !isAllowedAddress(address, this.settings.allowPrivateNetworks))
    ) {
      throw new SendFailure(`${host} is a forbidden destination (private, loopback or link-local address)`, true);
    }
  }

  async post(webhook: WebhookRequest): Promise<{ status: number }> {
    await this.checkDestination(webhook.url);
    try {
      const response = await request(webhook.url, {
        method: 'POST',
        body: webhook.body,
        headers: { 'content-type': 'application/json', ...webhook.headers },
        dispatcher: this.agent,
      });
      await response.body.dump();
      const { statusCode } = response;
      if (statusCode >= 200 && statusCode < 300) return { status: statusCode };
      const retryable = statusCode === 429 || statusCode >= 500 || statusCode === 408;
      throw new SendFailure(
        `webhook answered ${statusCode}`,
        !retryable,
        retryAfterMs(response.headers['retry-after']),
      );
    } catch (error) {
      if (error instanceof SendFailure) throw error;
      if (
        error instanceof ForbiddenDestination ||
        (error as { cause?: unknown }).cause instanceof ForbiddenDestination
      ) {
        throw new SendFailure((error as Error).message, true);
      }
      // Timeouts, refused or reset connections: the receiver may be back later.
      throw new SendFailure(`webhook unreachable: ${(error as Error).message}`, false);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
