import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { OpaqueTokens } from '../../ports/OpaqueTokens';

/**
 * 256-bit random tokens. A fast hash (SHA-256) is enough to store them: unlike passwords they
 * cannot be guessed, so there is nothing for a slow hash to protect against.
 */
export class CryptoOpaqueTokens implements OpaqueTokens {
  generate(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  newFamilyId(): string {
    return randomUUID();
  }
}
