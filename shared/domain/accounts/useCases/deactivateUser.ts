import type { Clock } from '../../../ports/Clock';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { RefreshTokenRepository } from '../../../ports/RefreshTokenRepository';
import type { SessionRevocations } from '../../../ports/SessionRevocations';
import type { UserRepository } from '../../../ports/UserRepository';
import { ConflictError, NotFoundError } from '../../errors';
import type { Actor } from '../session';
import { toPublicUser, type PublicUser } from '../user';
import { findAdministeredOrganization } from './findAdministeredOrganization';

export interface DeactivateUserDeps {
  organizations: OrganizationRepository;
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  sessionRevocations: SessionRevocations;
  clock: Clock;
}

export interface UserInOrganization {
  actor: Actor;
  organizationId: string;
  userId: string;
}

/**
 * An administrator deactivates a user of an organisation of their territory: the user can no
 * longer sign in or refresh, and every session ends at once. The account and what it wrote stay.
 * Deactivating again keeps the first date and ends the sessions again (a retry after a failure
 * completes what the first attempt left undone).
 */
export class DeactivateUser {
  constructor(private readonly deps: DeactivateUserDeps) {}

  async execute(input: UserInOrganization): Promise<PublicUser> {
    const organization = await findAdministeredOrganization(this.deps.organizations, input.actor, input.organizationId);
    if (input.userId === input.actor.userId) {
      throw new ConflictError('Un administrateur ne peut pas désactiver son propre compte.');
    }
    const user = await this.deps.users.findInOrganization(organization.id, input.userId);
    if (!user) throw new NotFoundError('Compte introuvable.');

    const now = this.deps.clock.now();
    // Marked first, so that no new session opens while the existing ones are being ended.
    const deactivated = user.deactivatedAt
      ? user
      : await this.deps.users.setDeactivatedAt(organization.id, user.id, now);
    if (!deactivated) throw new NotFoundError('Compte introuvable.');
    await this.deps.refreshTokens.revokeAllForUser(user.id, now);
    await this.deps.sessionRevocations.revokeUser(user.id);
    return toPublicUser(deactivated);
  }
}
