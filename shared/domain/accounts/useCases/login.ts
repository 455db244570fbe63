import type { DomainEvents } from '../../../ports/DomainEvents';
import { deviceFingerprint } from '../deviceFingerprint';
import type { LoginAttemptLimiter } from '../../../ports/LoginAttemptLimiter';
import type { PasswordHasher } from '../../../ports/PasswordHasher';
import type { UserRepository } from '../../../ports/UserRepository';
import { UnauthenticatedError } from '../../errors';
import { issueSession, type SessionIssuerDeps } from '../issueSession';
import type { SessionTokens } from '../session';
import { normalizeEmail } from '../user';

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  /** The User-Agent header: a sign-in from a device the account never used is told to the user. */
  userAgent: string;
}

export interface LoginDeps extends SessionIssuerDeps {
  users: UserRepository;
  passwordHasher: PasswordHasher;
  loginAttempts: LoginAttemptLimiter;
  events: DomainEvents;
}

/**
 * Same message for an unknown email, a wrong password and a deactivated account: the answer must
 * not reveal accounts, nor confirm to whoever holds a deactivated account's password that it is right.
 */
const badCredentials = 'Adresse e-mail ou mot de passe incorrect.';

export class Login {
  private decoyHash: Promise<string> | undefined;

  constructor(private readonly deps: LoginDeps) {}

  /**
   * An unknown email still costs one hash verification, so that response times do not tell
   * which addresses have an account.
   */
  private verifyAgainstDecoy(password: string): Promise<boolean> {
    this.decoyHash ??= this.deps.passwordHasher.hash('decoy-password-for-unknown-accounts');
    return this.decoyHash.then((hash) => this.deps.passwordHasher.verify(hash, password)).then(() => false);
  }

  async execute(input: LoginInput): Promise<SessionTokens> {
    const keys = { account: normalizeEmail(input.email), ip: input.ip };
    await this.deps.loginAttempts.beforeAttempt(keys);

    const user = await this.deps.users.findByEmail(keys.account);
    const passwordMatches = user
      ? await this.deps.passwordHasher.verify(user.passwordHash, input.password)
      : await this.verifyAgainstDecoy(input.password);
    if (!user || !passwordMatches || user.deactivatedAt) {
      await this.deps.loginAttempts.recordFailure(keys);
      throw new UnauthenticatedError(badCredentials);
    }

    await this.deps.loginAttempts.recordSuccess(keys);
    const actor = { userId: user.id, organizationId: user.organizationId, role: user.role };
    const familyId = this.deps.opaqueTokens.newFamilyId();
    const session = await issueSession(this.deps, actor, familyId);
    // The account's first sign-in sets what is known; a later one from elsewhere is told to the user.
    if ((await this.deps.users.rememberDevice(user.id, deviceFingerprint(input.userAgent))) === 'new') {
      await this.deps.events.publish([
        {
          id: `login:${user.id}:${familyId}`,
          type: 'account.new_login',
          at: this.deps.clock.now(),
          data: { userId: user.id, organizationId: user.organizationId },
        },
      ]);
    }
    return session;
  }
}
