import jwt from 'jsonwebtoken';
import { JwtAccessTokens } from '../../../shared/adapters/auth/JwtAccessTokens';
import { UnauthenticatedError } from '../../../shared/domain/errors';

const settings = {
  secret: 'unit-test-secret-unit-test-secret-0123',
  issuer: 'passerelle',
  audience: 'passerelle-api',
  ttlSeconds: 900,
};
const tokens = new JwtAccessTokens(settings);
const actor = { userId: 'u1', organizationId: 'o1', role: 'adviser' as const };

describe('JwtAccessTokens', () => {
  it('verifies what it issued: the actor, the session and the issue time to the millisecond', () => {
    const before = Date.now();

    const claims = tokens.verify(tokens.issue(actor, 'family-1'));

    expect(claims.actor).toEqual(actor);
    expect(claims.sessionId).toBe('family-1');
    expect(claims.issuedAtMs).toBeGreaterThanOrEqual(before);
    expect(claims.issuedAtMs).toBeLessThanOrEqual(Date.now());
  });

  it('keeps iat the whole second of the millisecond issue time, and exp iat + the lifetime', () => {
    const payload = jwt.decode(tokens.issue(actor, 'family-1')) as jwt.JwtPayload;

    expect(payload.iat).toBe(Math.floor((payload.iat_ms as number) / 1000));
    expect(payload.exp).toBe(payload.iat! + settings.ttlSeconds);
  });

  it('refuses a token without a session id: it could not be ended before it expires', () => {
    const token = jwt.sign({ org: 'o1', role: 'adviser', iat_ms: Date.now() }, settings.secret, {
      subject: 'u1',
      issuer: settings.issuer,
      audience: settings.audience,
    });

    expect(() => tokens.verify(token)).toThrow(UnauthenticatedError);
  });

  it('refuses a token whose role is not one of ours', () => {
    const token = jwt.sign({ org: 'o1', role: 'superuser' }, settings.secret, {
      subject: 'u1',
      issuer: settings.issuer,
      audience: settings.audience,
    });

    expect(() => tokens.verify(token)).toThrow(UnauthenticatedError);
  });

  it('refuses HS512 even with the right secret: the algorithm is pinned', () => {
    const token = jwt.sign({ org: 'o1', role: 'adviser' }, settings.secret, {
      algorithm: 'HS512',
      subject: 'u1',
      issuer: settings.issuer,
      audience: settings.audience,
    });

    expect(() => tokens.verify(token)).toThrow(UnauthenticatedError);
  });

  it('refuses a token without org claim', () => {
    const token = jwt.sign({ role: 'adviser' }, settings.secret, {
      subject: 'u1',
      issuer: settings.issuer,
      audience: settings.audience,
    });

    expect(() => tokens.verify(token)).toThrow(UnauthenticatedError);
  });
});
