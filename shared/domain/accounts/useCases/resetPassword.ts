import type { PasswordResetRepository } from '../../../ports/AccountLinkRepositories';
import type { ActionRateLimiter } from '../../../ports/ActionRateLimiter';
import type { Clock } from '../../../ports/Clock';
import type { DomainEvents } from '../../../ports/DomainEvents';
import type { LinkTokens } from '../../../ports/LinkTokens';
import type { PasswordHasher } from '../../../ports/PasswordHasher';
import type { RefreshTokenRepository } from '../../../ports/RefreshTokenRepository';
import type { SessionRevocations } from '../../../ports/SessionRevocations';
import type { UserRepository } from '../../../ports/UserRepository';
import { timeOrderedId } from '../../common/timeOrderedId';
import { NotFoundError } from '../../errors';
import { isOpen, passwordResetTtlMs } from '../accountLinks';
import { replacePassword } from '../replacePassword';
import { normalizeEmail } from '../user';

export interface PasswordResetDeps {
  users: UserRepository;
  passwordResets: PasswordResetRepository;
  passwordHasher: PasswordHasher;
  linkTokens: LinkTokens;
  refreshTokens: RefreshTokenRepository;
  sessionRevocations: SessionRevocations;
  /** Per address and per IP: the counts do not depend on whether the address has an account. */
  resetLimiter: { perEmail: ActionRateLimiter; perIp: ActionRateLimiter };
  events: DomainEvents;
  clock: Clock;
}

/**
 * "Mot de passe oublié": the same answer whether or not the address has an account (nothing to
 * learn from it); an active account gets an e-mail with a single-use link valid one hour.
 */
export class RequestPasswordReset {
  constructor(private readonly deps: PasswordResetDeps) {}

  async execute(input: { email: string; ip: string }): Promise<void> {
    const email = normalizeEmail(input.email);
    await this.deps.resetLimiter.perIp.consume(input.ip);
    await this.deps.resetLimiter.perEmail.consume(email);
    const user = await this.deps.users.findByEmail(email);
    if (!user || user.deactivatedAt) return;
    const now = this.deps.clock.now();
    const reset = {
      id: timeOrderedId(now),
      userId: user.id,
      organizationId: user.organizationId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + passwordResetTtlMs),
      usedAt: null,
    };
    await this.deps.passwordResets.create(reset);
    await this.deps.events.publish([
      {
        id: `password-reset:${reset.id}`,
        type: 'account.password_reset_requested',
        at: now,
        data: { resetId: reset.id, userId: user.id, organizationId: user.organizationId },
      },
    ]);
  }
}

/** The link's page sets the new password: every session ends, and the user is told. */
export class ResetPassword {
  constructor(private readonly deps: PasswordResetDeps) {}

  async execute(input: { token: string; password: string }): Promise<void> {
    const now = this.deps.clock.now();
    const id = this.deps.linkTokens.verify('password_reset', input.token, now);
    const reset = id ? await this.deps.passwordResets.findById(id) : null;
    const unusable = new NotFoundError(
      'Lien de réinitialisation introuvable, déjà utilisé ou expiré. Faites une nouvelle demande.',
    );
    if (!reset || !isOpen(reset, now)) throw unusable;
    const user = await this.deps.users.findInOrganization(reset.organizationId, reset.userId);
    if (!user || user.deactivatedAt) throw unusable;
    const passwordHash = await this.deps.passwordHasher.hash(input.password);
    if (!(await this.deps.passwordResets.use(reset.id, now))) throw unusable;
    await replacePassword(this.deps, user, passwordHash);
  }
}
