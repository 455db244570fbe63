import { isRevokedBy, parseUserMark } from '../../../shared/domain/accounts/sessionRevocation';

const issuedAtMs = 1_760_000_000_123;

describe('isRevokedBy', () => {
  it('keeps a token when neither its user nor its session is marked', () => {
    expect(isRevokedBy({ userRevokedAtMs: null, sessionRevoked: false }, issuedAtMs)).toBe(false);
  });

  it('ends a token of a revoked session, whatever its issue time', () => {
    expect(isRevokedBy({ userRevokedAtMs: null, sessionRevoked: true }, issuedAtMs)).toBe(true);
    expect(isRevokedBy({ userRevokedAtMs: issuedAtMs - 60_000, sessionRevoked: true }, issuedAtMs)).toBe(true);
  });

  it('ends a token issued before the user mark, and one issued in the same millisecond', () => {
    expect(isRevokedBy({ userRevokedAtMs: issuedAtMs + 1, sessionRevoked: false }, issuedAtMs)).toBe(true);
    expect(isRevokedBy({ userRevokedAtMs: issuedAtMs, sessionRevoked: false }, issuedAtMs)).toBe(true);
  });

  it('keeps a token issued one millisecond after the user mark (a sign-in after a password change)', () => {
    expect(isRevokedBy({ userRevokedAtMs: issuedAtMs - 1, sessionRevoked: false }, issuedAtMs)).toBe(false);
  });
});

describe('parseUserMark', () => {
  it('reads no mark as null and a stored instant as its milliseconds', () => {
    expect(parseUserMark(null)).toBeNull();
    expect(parseUserMark(String(issuedAtMs))).toBe(issuedAtMs);
  });

  it('reads a value that is not an instant as "everything until now is ended" (fails closed)', () => {
    expect(isRevokedBy({ userRevokedAtMs: parseUserMark('garbage'), sessionRevoked: false }, issuedAtMs)).toBe(true);
    expect(isRevokedBy({ userRevokedAtMs: parseUserMark('1.5'), sessionRevoked: false }, issuedAtMs)).toBe(true);
  });
});
