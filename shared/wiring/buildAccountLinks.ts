import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import { HmacLinkTokens } from '../adapters/auth/HmacLinkTokens';
import { RedisActionRateLimiter } from '../adapters/cache/RedisActionRateLimiter';
import {
  MongoInvitationRepository,
  MongoPasswordResetRepository,
} from '../adapters/mongo/MongoAccountLinkRepositories';
import type { Config } from '../config/env';
import { AcceptInvitation, GetInvitation } from '../domain/accounts/useCases/acceptInvitation';
import { InviteUser } from '../domain/accounts/useCases/inviteUser';
import { RequestPasswordReset, ResetPassword } from '../domain/accounts/useCases/resetPassword';
import type { Clock } from '../ports/Clock';
import type { DomainEvents } from '../ports/DomainEvents';
import type { OrganizationRepository } from '../ports/OrganizationRepository';
import type { PasswordHasher } from '../ports/PasswordHasher';
import type { RefreshTokenRepository } from '../ports/RefreshTokenRepository';
import type { SessionRevocations } from '../ports/SessionRevocations';
import type { UserRepository } from '../ports/UserRepository';

const tooMany = 'Trop de demandes de réinitialisation. Réessayez dans une heure.';

/** Invitations and password resets: their stores, the link signer, and their use cases. */
export function buildAccountLinks(
  config: Config,
  mongo: Connection,
  redis: Redis,
  shared: {
    users: UserRepository;
    organizations: OrganizationRepository;
    passwordHasher: PasswordHasher;
    refreshTokens: RefreshTokenRepository;
    sessionRevocations: SessionRevocations;
    events: DomainEvents;
    clock: Clock;
  },
) {
  const invitations = new MongoInvitationRepository(mongo);
  const passwordResets = new MongoPasswordResetRepository(mongo);
  const linkTokens = new HmacLinkTokens(config.JWT_SECRET);
  const limiter = (action: string, points: number) =>
    new RedisActionRateLimiter(redis, {
      action,
      points,
      windowSeconds: 3600,
      keyPrefix: config.QUEUE_PREFIX,
      message: tooMany,
    });
  const resetDeps = {
    ...shared,
    passwordResets,
    linkTokens,
    resetLimiter: { perEmail: limiter('password-reset-email', 3), perIp: limiter('password-reset-ip', 20) },
  };
  const invitationDeps = { ...shared, invitations, linkTokens };
  return {
    stores: { invitations, passwordResets, linkTokens },
    useCases: {
      inviteUser: new InviteUser(invitationDeps),
      getInvitation: new GetInvitation(invitationDeps),
      acceptInvitation: new AcceptInvitation(invitationDeps),
      requestPasswordReset: new RequestPasswordReset(resetDeps),
      resetPassword: new ResetPassword(resetDeps),
    },
  };
}
