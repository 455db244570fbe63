import type { RefreshTokenRecord } from '../domain/accounts/session';

export interface RefreshTokenRepository {
  insert(record: RefreshTokenRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /**
   * Marks the token rotated only if it was not rotated yet, atomically: of two concurrent
   * refreshes with the same token, exactly one wins.
   */
  markRotated(tokenHash: string, at: Date): Promise<boolean>;
  revokeFamily(familyId: string, at: Date): Promise<void>;
  /** Ends every session of the user (after a password change). */
  revokeAllForUser(userId: string, at: Date): Promise<void>;
  deleteExpiredBefore(at: Date): Promise<number>;
}
