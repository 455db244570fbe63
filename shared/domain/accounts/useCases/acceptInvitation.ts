import type { InvitationRepository } from '../../../ports/AccountLinkRepositories';
import type { Clock } from '../../../ports/Clock';
import type { LinkTokens } from '../../../ports/LinkTokens';
import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { PasswordHasher } from '../../../ports/PasswordHasher';
import type { UserRepository } from '../../../ports/UserRepository';
import { ConflictError, NotFoundError } from '../../errors';
import { isOpen, type Invitation } from '../accountLinks';
import type { UserRole } from '../user';

export interface AcceptInvitationDeps {
  invitations: InvitationRepository;
  organizations: OrganizationRepository;
  users: UserRepository;
  passwordHasher: PasswordHasher;
  linkTokens: LinkTokens;
  clock: Clock;
}

const unusable = () => new NotFoundError('Invitation introuvable, déjà utilisée ou expirée. Demandez-en une nouvelle.');

async function openInvitation(deps: AcceptInvitationDeps, token: string): Promise<Invitation> {
  const now = deps.clock.now();
  const id = deps.linkTokens.verify('invitation', token, now);
  const invitation = id ? await deps.invitations.findById(id) : null;
  if (!invitation || !isOpen(invitation, now)) throw unusable();
  return invitation;
}

/** What the invitation page shows before the person chooses a password. */
export class GetInvitation {
  constructor(private readonly deps: AcceptInvitationDeps) {}

  async execute(input: { token: string }): Promise<{
    email: string;
    displayName: string;
    role: UserRole;
    organizationName: string;
    expiresAt: Date;
  }> {
    const invitation = await openInvitation(this.deps, input.token);
    const organization = await this.deps.organizations.findById(invitation.organizationId);
    if (!organization) throw unusable();
    const { email, displayName, role, expiresAt } = invitation;
    return { email, displayName, role, organizationName: organization.name, expiresAt };
  }
}

/** The person chooses a password: the account is created, and the invitation is used up. */
export class AcceptInvitation {
  constructor(private readonly deps: AcceptInvitationDeps) {}

  async execute(input: { token: string; password: string }): Promise<void> {
    const invitation = await openInvitation(this.deps, input.token);
    if (await this.deps.users.findByEmail(invitation.email))
      throw new ConflictError('Un compte existe déjà pour cette adresse.');
    const passwordHash = await this.deps.passwordHasher.hash(input.password);
    const now = this.deps.clock.now();
    // Taken once: a second click, or the same link in two tabs, finds it used.
    if (!(await this.deps.invitations.accept(invitation.id, now))) throw unusable();
    const { organizationId, email, displayName, role } = invitation;
    await this.deps.users.create({ organizationId, email, displayName, role, passwordHash }, now);
  }
}
