import type { InvitationRepository } from '../../../ports/AccountLinkRepositories';
import type { Clock } from '../../../ports/Clock';
import type { DomainEvents } from '../../../ports/DomainEvents';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { UserRepository } from '../../../ports/UserRepository';
import { timeOrderedId } from '../../common/timeOrderedId';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors';
import { invitationTtlMs, type Invitation } from '../accountLinks';
import type { Organization } from '../organization';
import type { Actor } from '../session';
import { normalizeEmail, roleFitsOrganization, type UserRole } from '../user';
import { findAdministeredOrganization } from './findAdministeredOrganization';

export interface InviteUserDeps {
  organizations: OrganizationRepository;
  users: UserRepository;
  invitations: InvitationRepository;
  events: DomainEvents;
  clock: Clock;
}

/**
 * Invites someone to an organisation by e-mail: an administrator for any organisation of their
 * territory, an employer or an adviser for a colleague of their own role in their own. The e-mail
 * (with the link to choose a password) goes through the notification pipeline.
 */
export class InviteUser {
  constructor(private readonly deps: InviteUserDeps) {}

  async execute(input: {
    actor: Actor;
    organizationId: string;
    invitee: { email: string; displayName: string; role: UserRole };
  }): Promise<Invitation> {
    const { actor, invitee } = input;
    const organization = await this.organizationFor(actor, input.organizationId, invitee.role);
    if (!roleFitsOrganization(invitee.role, organization.kind)) {
      throw new ValidationError('Rôle incompatible avec l’organisation.', [
        {
          field: 'role',
          reason: `le rôle ${invitee.role} n’existe pas dans une organisation de type ${organization.kind}`,
        },
      ]);
    }
    const email = normalizeEmail(invitee.email);
    if (await this.deps.users.findByEmail(email)) {
      throw new ConflictError('Un compte existe déjà pour cette adresse.');
    }
    const now = this.deps.clock.now();
    const invitation: Invitation = {
      id: timeOrderedId(now),
      organizationId: organization.id,
      email,
      displayName: invitee.displayName,
      role: invitee.role,
      invitedBy: actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + invitationTtlMs),
      acceptedAt: null,
    };
    await this.deps.invitations.create(invitation);
    await this.deps.events.publish([
      {
        id: `invitation:${invitation.id}`,
        type: 'account.invited',
        at: now,
        data: { invitationId: invitation.id, organizationId: organization.id, organizationName: organization.name },
      },
    ]);
    return invitation;
  }

  private async organizationFor(actor: Actor, organizationId: string, role: UserRole): Promise<Organization> {
    if (actor.role === 'admin') return findAdministeredOrganization(this.deps.organizations, actor, organizationId);
    if (actor.organizationId !== organizationId) throw new NotFoundError('Organisation introuvable.');
    if (role !== actor.role)
      throw new ForbiddenError('Vous invitez des collègues de votre rôle ; l’administrateur, les autres.');
    const organization = await this.deps.organizations.findById(organizationId);
    if (!organization) throw new NotFoundError('Organisation introuvable.');
    return organization;
  }
}
