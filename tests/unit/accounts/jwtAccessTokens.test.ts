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
  it('verifies what it issued', () => {
    expect(tokens.verify(tokens.issue(actor))).toEqual(actor);
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
