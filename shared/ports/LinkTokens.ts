import type { LinkPurpose } from '../domain/accounts/accountLinks';

/** Signs the token of an e-mailed link over what it opens and until when; verifies it back. */
export interface LinkTokens {
  sign(purpose: LinkPurpose, id: string, expiresAt: Date): string;
  /** The id the token was signed for, or null when it is forged, for another purpose, or expired. */
  verify(purpose: LinkPurpose, token: string, now: Date): string | null;
}
