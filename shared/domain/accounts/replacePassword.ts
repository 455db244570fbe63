import type { Clock } from '../../ports/Clock';
import type { DomainEvents } from '../../ports/DomainEvents';
import type { RefreshTokenRepository } from '../../ports/RefreshTokenRepository';
import type { SessionRevocations } from '../../ports/SessionRevocations';
import type { UserRepository } from '../../ports/UserRepository';
import type { User } from './user';

/**
 * A user's new password, however it was chosen (a change, a reset link): set first, so that no
 * sign-in with the old one slips in, then every session ended (refresh tokens and access tokens,
 * the caller's included), and the user told.
 */
export async function replacePassword(
  deps: {
    users: UserRepository;
    refreshTokens: RefreshTokenRepository;
    sessionRevocations: SessionRevocations;
    events: DomainEvents;
    clock: Clock;
  },
  user: Pick<User, 'id' | 'organizationId'>,
  passwordHash: string,
): Promise<void> {
  const now = deps.clock.now();
  await deps.users.setPasswordHash(user.id, passwordHash);
  await deps.refreshTokens.revokeAllForUser(user.id, now);
  await deps.sessionRevocations.revokeUser(user.id);
  await deps.events.publish([
    {
      id: `password:${user.id}:${now.getTime()}`,
      type: 'account.password_changed',
      at: now,
      data: { userId: user.id, organizationId: user.organizationId },
    },
  ]);
}
