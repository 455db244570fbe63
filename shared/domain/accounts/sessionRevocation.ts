/** What the revocation store holds about one access token's user and session. */
export interface RevocationMarks {
  /** Tokens of the user issued at or before this instant (ms) are ended; null when there is no mark. */
  userRevokedAtMs: number | null;
  sessionRevoked: boolean;
}

/**
 * A token issued in the same millisecond as the revocation is ended too: of the two ways to be
 * wrong in that millisecond, keeping a token the user meant to end is the worse one.
 */
export function isRevokedBy(marks: RevocationMarks, issuedAtMs: number): boolean {
  if (marks.sessionRevoked) return true;
  return marks.userRevokedAtMs !== null && issuedAtMs <= marks.userRevokedAtMs;
}

/** Reads a stored user mark; anything but a whole number of milliseconds counts as "ended now". */
export function parseUserMark(stored: string | null): number | null {
  if (stored === null) return null;
  const value = Number(stored);
  return Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
}
