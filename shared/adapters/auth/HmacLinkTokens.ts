import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { LinkPurpose } from '../../domain/accounts/accountLinks';
import type { LinkTokens } from '../../ports/LinkTokens';

/**
 * `<payload>.<HMAC-SHA256>` in base64url, the payload naming the purpose, the id and the expiry.
 * The key is derived from the JWT secret for this use only (HKDF), so that neither can stand for
 * the other.
 */
export class HmacLinkTokens implements LinkTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'passerelle', 'account-link-tokens', 32));
  }

  sign(purpose: LinkPurpose, id: string, expiresAt: Date): string {
    const payload = Buffer.from(JSON.stringify({ p: purpose, i: id, e: expiresAt.getTime() })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(purpose: LinkPurpose, token: string, now: Date): string | null {
    const [payload, mac, ...rest] = token.split('.');
    if (!payload || !mac || rest.length > 0) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        p?: unknown;
        i?: unknown;
        e?: unknown;
      };
      if (claims.p !== purpose || typeof claims.i !== 'string' || typeof claims.e !== 'number') return null;
      return claims.e > now.getTime() ? claims.i : null;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
