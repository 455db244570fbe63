import { createHash } from 'node:crypto';

/**
 * What identifies a device well enough to say "a new one": a digest of its User-Agent (the raw
 * header is not kept). Not a security boundary: an attacker can copy a header; the message to
 * the user is a courtesy that helps them notice a sign-in that was not theirs.
 */
export function deviceFingerprint(userAgent: string): string {
  return createHash('sha256').update(userAgent.trim()).digest('hex').slice(0, 16);
}
