import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import {
  acceptInvitationBodySchema,
  invitationBodySchema,
  invitationSchema,
  invitationTokenParamsSchema,
  openInvitationSchema,
  passwordResetBodySchema,
  passwordResetRequestBodySchema,
} from '../schemas/accountLinkSchemas';
import { idParamsSchema } from '../schemas/commonSchemas';

/** Accounts people open themselves: invitations by e-mail, and "mot de passe oublié". */
export function registerAccountLinkRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/organizations/:id/invitations',
    summary: 'Invite someone to the organisation by e-mail (a single-use link, 7 days, to choose a password)',
    description:
      'Administrators for any organisation of their territory; employers and advisers for a colleague of their own role.',
    tags: ['organizations'],
    access: ['admin', 'employer', 'adviser'],
    params: idParamsSchema,
    body: invitationBodySchema,
    success: { status: 201, description: 'invited; the e-mail is on its way', schema: invitationSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => {
      const invitation = await useCases.inviteUser.execute({ actor, organizationId: params.id, invitee: body });
      const { id, organizationId, email, displayName, role, expiresAt } = invitation;
      return { status: 201, body: { id, organizationId, email, displayName, role, expiresAt } };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/invitations/:token',
    summary: 'What an invitation link opens (404 when unknown, used or expired)',
    tags: ['auth'],
    access: 'public',
    params: invitationTokenParamsSchema,
    success: { status: 200, description: 'the invitation', schema: openInvitationSchema },
    problems: ['not_found'],
    handle: async ({ params }) => ({ status: 200, body: await useCases.getInvitation.execute(params) }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/invitations/:token/accept',
    summary: 'Choose one’s password: the account is created and the link is used up',
    tags: ['auth'],
    access: 'public',
    params: invitationTokenParamsSchema,
    body: acceptInvitationBodySchema,
    success: { status: 204, description: 'account created; sign in with the e-mail address' },
    problems: ['not_found', 'conflict'],
    handle: async ({ params, body }) => {
      await useCases.acceptInvitation.execute({ token: params.token, password: body.password });
      return { status: 204 };
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/auth/password-reset',
    summary: 'Ask for a password reset link by e-mail (the same answer whether or not the address has an account)',
    tags: ['auth'],
    access: 'public',
    body: passwordResetRequestBodySchema,
    success: { status: 202, description: 'if the address has an active account, the e-mail is on its way' },
    problems: ['too_many_requests'],
    handle: async ({ body, req }) => {
      await useCases.requestPasswordReset.execute({ email: body.email, ip: req.ip ?? 'unknown' });
      return { status: 202 };
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/auth/password-reset/confirm',
    summary: 'Set a new password from a reset link: every session ends',
    tags: ['auth'],
    access: 'public',
    body: passwordResetBodySchema,
    success: { status: 204, description: 'password changed; sign in with it' },
    problems: ['not_found'],
    handle: async ({ body }) => {
      await useCases.resetPassword.execute(body);
      return { status: 204 };
    },
  });
}
