import { accountLinkPaths, isOpen } from '../../accounts/accountLinks';
import type { InvitationRepository, PasswordResetRepository } from '../../../ports/AccountLinkRepositories';
import type { Clock } from '../../../ports/Clock';
import type { LinkTokens } from '../../../ports/LinkTokens';
import type { UserRepository } from '../../../ports/UserRepository';
import type { Delivery } from '../delivery';
import { accountLinkEmailTemplate } from '../emailTemplate';
import type { NotificationMessage } from '../notificationMessages';
import { SendFailure } from '../sendFailure';

export interface AccountLinkEmailDeps {
  invitations: InvitationRepository;
  passwordResets: PasswordResetRepository;
  linkTokens: LinkTokens;
  users: UserRepository;
  clock: Clock;
  appUrl: string;
}

/**
 * The e-mail of an invitation or a password reset, written when it is sent: the link's token is
 * signed then (the same token again on a resend), so it is stored nowhere, neither in the outbox,
 * nor in the delivery record, nor in the job. A link already used or expired is not sent.
 */
export async function accountLinkEmail(
  deps: AccountLinkEmailDeps,
  delivery: Delivery,
  message: NotificationMessage,
): Promise<{ to: string; subject: string; text: string; html: string }> {
  const now = deps.clock.now();
  if (delivery.recipient.kind === 'invitee') {
    const invitation = await deps.invitations.findById(delivery.recipient.id);
    if (!invitation || !isOpen(invitation, now)) throw new SendFailure('invitation used or expired', true);
    const token = deps.linkTokens.sign('invitation', invitation.id, invitation.expiresAt);
    return {
      to: invitation.email,
      ...accountLinkEmailTemplate(message, {
        recipientName: invitation.displayName,
        href: `${deps.appUrl}${accountLinkPaths.invitation(token)}`,
        label: 'Choisir mon mot de passe',
      }),
    };
  }
  const reset = await deps.passwordResets.findById(delivery.recipient.id);
  if (!reset || !isOpen(reset, now)) throw new SendFailure('password reset used or expired', true);
  const user = await deps.users.findInOrganization(reset.organizationId, reset.userId);
  if (!user) throw new SendFailure('recipient account no longer exists', true);
  const token = deps.linkTokens.sign('password_reset', reset.id, reset.expiresAt);
  return {
    to: user.email,
    ...accountLinkEmailTemplate(message, {
      recipientName: user.displayName,
      href: `${deps.appUrl}${accountLinkPaths.password_reset(token)}`,
      label: 'Choisir un nouveau mot de passe',
    }),
  };
}
