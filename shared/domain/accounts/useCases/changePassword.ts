import type { Clock } from '../../../ports/Clock';
import type { DomainEvents } from '../../../ports/DomainEvents';
import type { LoginAttemptLimiter } from '../../../ports/LoginAttemptLimiter';
import type { PasswordHasher } from '../../../ports/PasswordHasher';
import type { RefreshTokenRepository } from '../../../ports/RefreshTokenRepository';
import type { SessionRevocations } from '../../../ports/SessionRevocations';
import type { UserRepository } from '../../../ports/UserRepository';
import { NotFoundError, ValidationError } from '../../errors';
import type { Actor } from '../session';
import { replacePassword } from '../replacePassword';
import { normalizeEmail } from '../user';

export interface ChangePasswordDeps {
  users: UserRepository;
  passwordHasher: PasswordHasher;
  loginAttempts: LoginAttemptLimiter;
  refreshTokens: RefreshTokenRepository;
  sessionRevocations: SessionRevocations;
  events: DomainEvents;
  clock: Clock;
}

/**
 * A user changes their own password: the current one is checked (and its failures count like
 * failed sign-ins), every session is ended (refresh tokens revoked, and every access token,
 * the caller's included), and the user is told. The new password is set before the sessions are
 * ended, so that no sign-in with the old one slips in between.
 */
export class ChangePassword {
  constructor(private readonly deps: ChangePasswordDeps) {}

  async execute(input: { actor: Actor; currentPassword: string; newPassword: string; ip: string }): Promise<void> {
    const user = await this.deps.users.findInOrganization(input.actor.organizationId, input.actor.userId);
    if (!user) throw new NotFoundError('Compte introuvable.');
    const keys = { account: normalizeEmail(user.email), ip: input.ip };
    await this.deps.loginAttempts.beforeAttempt(keys);
    if (!(await this.deps.passwordHasher.verify(user.passwordHash, input.currentPassword))) {
      await this.deps.loginAttempts.recordFailure(keys);
      throw new ValidationError('Mot de passe non modifié.', [
        { field: 'currentPassword', reason: 'mot de passe actuel incorrect' },
      ]);
    }
    if (input.newPassword === input.currentPassword) {
      throw new ValidationError('Mot de passe non modifié.', [
        { field: 'newPassword', reason: 'identique au mot de passe actuel' },
      ]);
    }
    await this.deps.loginAttempts.recordSuccess(keys);
    await replacePassword(this.deps, user, await this.deps.passwordHasher.hash(input.newPassword));
  }
}
